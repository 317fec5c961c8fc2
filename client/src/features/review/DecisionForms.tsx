import type { RefObject } from 'react';
import type { ReviewProposal, ReviewQueue } from './curator-client.ts';
import { RecordForm } from './RecordForm.tsx';
import type { FieldErrors, RecordDraft } from './record-form.ts';
import type { ReviewMessages } from './review-messages.ts';

type RejectFormProps = {
  reason: string;
  onReason: (reason: string) => void;
  onReject: () => void;
  reasonRef: RefObject<HTMLInputElement | null>;
  t: ReviewMessages;
};

/** Reject the current proposal, with the reason the curator gives (kept in the decisions log). */
export function RejectForm({ reason, onReason, onReject, reasonRef, t }: RejectFormProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onReject();
      }}
    >
      <label>
        {t.reasonLabel}
        <input ref={reasonRef} value={reason} minLength={3} required onChange={(e) => onReason(e.target.value)} />
      </label>
      <button type="submit">{t.reject}</button>
    </form>
  );
}

type MergeFormProps = {
  actors: ReviewQueue['actors'];
  into: string;
  onInto: (id: string) => void;
  onMerge: () => void;
  mergeRef: RefObject<HTMLSelectElement | null>;
  t: ReviewMessages;
};

/** Merge the current proposed actor into an actor already in the knowledge base. */
export function MergeForm({ actors, into, onInto, onMerge, mergeRef, t }: MergeFormProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onMerge();
      }}
    >
      <label>
        {t.mergeLabel}
        <select
          ref={mergeRef}
          value={into}
          required
          onChange={(e) => onInto(e.target.value)}
          onKeyDown={(e) => {
            // A select does not submit its form on Enter by itself.
            if (e.key === 'Enter') {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        >
          <option value="">{t.choose}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.id})
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t.mergeSubmit}</button>
    </form>
  );
}

type EditFormProps = {
  proposal: ReviewProposal;
  draft: RecordDraft;
  onDraft: (draft: RecordDraft) => void;
  fieldErrors: FieldErrors;
  actorIds: string[];
  busy: boolean;
  onQuoteFromSelection: () => void;
  onAcceptEdit: () => void;
  onCancel: () => void;
  t: ReviewMessages;
};

/** Accept the current proposal edited field by field, its quote taken from a selection in the source's text. */
export function EditForm(props: EditFormProps) {
  const { proposal, draft, onDraft, fieldErrors, actorIds, busy, onQuoteFromSelection, onAcceptEdit, onCancel, t } =
    props;
  return (
    <form
      className="review__edit"
      noValidate
      aria-labelledby="review-edit-legend"
      onSubmit={(event) => {
        event.preventDefault();
        onAcceptEdit();
      }}
    >
      <h3 id="review-edit-legend">{t.form.legend}</h3>
      <RecordForm
        collection={proposal.collection}
        record={draft}
        onChange={onDraft}
        errors={fieldErrors}
        actorIds={actorIds}
        m={t.form}
      />
      <div className="review__actions">
        {/* Pressed with the mouse, the button must not take the focus (and so the selection) from the text. */}
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onQuoteFromSelection}>
          {t.form.quoteFromSelection} <kbd>q</kbd>
        </button>
        <button type="submit" disabled={busy}>
          {t.form.acceptEdit} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" onClick={onCancel}>
          {t.form.cancel} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
