import { useState } from 'react';
import { useActorDictionary } from '../../shared/api/labels.ts';
import { useActor, useFunding, useSource, useTimeline } from '../../shared/api/queries.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { displayName } from '../../shared/names.ts';
import type { Selection } from '../../shared/url-state/url-state.ts';
import { downloadBlob } from '../../shared/export/download.ts';
import { citationFileName, formatCitations, type Citation } from './citations.ts';
import { useEvidenceIndex } from '../../shared/api/evidence-index.ts';
import './citations.css';

/**
 * The citations of the current selection (every quote it rests on, with source title, outlet and date) as plain
 * text: copied to the clipboard or downloaded.
 */
export function CitationsExport({ selection }: { selection: Selection }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const index = useEvidenceIndex();
  const dictionary = useActorDictionary();
  const actor = useActor(selection.kind === 'actor' ? selection.id : null);
  const source = useSource(selection.kind === 'source' ? selection.id : null);
  const timeline = useTimeline(selection.kind === 'event');
  const funding = useFunding(selection.kind === 'funding');

  let label = selection.id;
  let citations: Citation[] = [];
  const fromIds = (ids: readonly string[]): Citation[] =>
    ids.flatMap((id) => {
      const entry = index.byId.get(id);
      return entry ? [{ quote: entry.evidence.quote, source: entry.source, sourceId: entry.source.id }] : [];
    });
  switch (selection.kind) {
    case 'actor': {
      const known = dictionary.get(selection.id);
      if (known) label = displayName(known, lang);
      citations = (actor.data?.evidence ?? []).map((e) => ({
        quote: e.quote,
        source: index.sources.find((s) => s.id === e.source),
        sourceId: e.source,
      }));
      break;
    }
    case 'source':
      if (source.data) {
        label = source.data.source.title;
        citations = source.data.evidence.map((e) => ({
          quote: e.quote,
          source: source.data.source,
          sourceId: e.source,
        }));
      }
      break;
    case 'event': {
      const event = timeline.data?.events.find((e) => e.id === selection.id);
      if (event) {
        label = event.title[lang];
        citations = fromIds(event.evidence);
      }
      break;
    }
    case 'funding': {
      const flow = funding.data?.flows.find((f) => f.records.includes(selection.id));
      const records = (funding.data?.records ?? []).filter((r) =>
        (flow ? flow.records : [selection.id]).includes(r.id),
      );
      if (records[0]) {
        const name = (id: string | undefined) => {
          if (!id) return t.money.funderNotNamed;
          const known = dictionary.get(id);
          return known ? displayName(known, lang) : id;
        };
        label = `${name(records[0].from)} → ${name(records[0].to)}`;
      }
      citations = fromIds(records.flatMap((r) => r.evidence));
      break;
    }
  }

  if (citations.length === 0) return null;
  const text = () =>
    formatCitations(`${t.citations.header(label)} — ${t.appTitle}`, citations, lang, window.location.href);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(t.citations.copied);
    } catch {
      setStatus(t.citations.copyFailed);
    }
  };
  return (
    <div className="citations-export" role="group" aria-label={t.citations.label}>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {t.citations.copy} ({citations.length})
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => downloadBlob(citationFileName(label), new Blob([text()], { type: 'text/plain;charset=utf-8' }))}
      >
        {t.citations.download}
      </button>
      <span className="citations-export__status" role="status">
        {status}
      </span>
    </div>
  );
}
