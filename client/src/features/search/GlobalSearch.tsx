import type { SearchHit } from '../../shared/api/types.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { Combobox } from '../../shared/ui/Combobox.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';

const kinds = ['actor', 'source'] as const;

/** The header's search: picking an actor or a source selects it (one history entry, so Back undoes it). */
export function GlobalSearch() {
  const { t } = useI18n();
  const [, navigate] = useUrlState();
  const onPick = (hit: SearchHit) => {
    if (hit.kind === 'actor' || hit.kind === 'source') navigate({ selection: { kind: hit.kind, id: hit.id } });
  };
  return (
    <search className="header__search">
      <Combobox
        label={t.search.label}
        hideLabel
        placeholder={t.search.placeholder}
        kinds={kinds}
        onPick={onPick}
        inputId="global-search"
      />
    </search>
  );
}
