import { useCallback, useRef, useState, type KeyboardEvent } from "react";
import { useMutation, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { AssignActionItemMutation, UpdateActionItemMutation, UpdateDecisionMutation } from "../../graphql/meetings";
import { useI18n } from "../../i18n";
import { DecisionForm } from "../DecisionItem";
import { InlineError } from "../FormParts";
import { useAnnounce } from "../LiveAnnouncer";
import { ActionItemEditForm, type ActionItemValues } from "../meetings/ActionItemEditForm";
import { useToast } from "../Toast";

export const SuggestionsPanelDecisionFragment = graphql(`
  fragment SuggestionsPanel_Decision on Decision {
    id
    text
    confidence
    reviewState
    evidence {
      quote
    }
  }
`);

export const SuggestionsPanelActionItemFragment = graphql(`
  fragment SuggestionsPanel_ActionItem on ActionItem {
    id
    title
    confidence
    reviewState
    dueDate
    ownerName
    owner {
      id
      name
    }
    evidence {
      quote
    }
  }
`);

export const ReviewSuggestionMutation = graphql(`
  mutation ReviewSuggestion($input: ReviewSuggestionInput!) {
    reviewSuggestion(input: $input) {
      decision {
        id
        reviewState
        reviewedAt
      }
      actionItem {
        id
        reviewState
        reviewedAt
      }
    }
  }
`);

type Verdict = "ACCEPT" | "REJECT";

interface Suggestion {
  kind: "decision" | "actionItem";
  id: string;
  text: string;
  confidence: number | null;
  quote: string | null;
  owner: string | null;
  ownerId: string | null;
  dueDate: string | null;
}

export interface SuggestionsPanelProps {
  decisions: FragmentType<typeof SuggestionsPanelDecisionFragment>[];
  actionItems: FragmentType<typeof SuggestionsPanelActionItemFragment>[];
  canEdit: boolean;
}

const typing = (target: EventTarget) => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * "Förslag att granska" on the meeting page: what the extractor was unsure of, shown as
 * suggestions, not facts. Each has Godkänn / Ändra / Avvisa (in tab order), and while one has
 * focus: a, e, r for the same, j / k for the next and previous one (said in the panel, linked to
 * every suggestion, and through the live region when the list is entered). A verdict is
 * optimistic (the item leaves the list at once) and can be undone from its toast.
 */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { t, tn } = useI18n();
  const announce = useAnnounce();
  const decisions = props.decisions.map((d) => getFragmentData(SuggestionsPanelDecisionFragment, d));
  const actions = props.actionItems.map((a) => getFragmentData(SuggestionsPanelActionItemFragment, a));
  const suggestions: Suggestion[] = [
    ...decisions.map((d) => ({ kind: "decision" as const, id: d.id, text: d.text, confidence: d.confidence ?? null, quote: d.evidence?.quote ?? null, owner: null, ownerId: null, dueDate: null })),
    ...actions.map((a) => ({
      kind: "actionItem" as const,
      id: a.id,
      text: a.title,
      confidence: a.confidence ?? null,
      quote: a.evidence?.quote ?? null,
      owner: a.owner?.name ?? a.ownerName ?? null,
      ownerId: a.owner?.id ?? null,
      dueDate: a.dueDate ?? null,
    })),
  ];
  const items = useRef(new Map<string, HTMLLIElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const entered = useRef(false);
  const order = suggestions.map((s) => s.id);

  const focusAt = useCallback(
    (index: number, ids: string[], say: boolean) => {
      const id = ids[Math.max(0, Math.min(ids.length - 1, index))];
      const el = id ? items.current.get(id) : null;
      if (!el) {
        heading.current?.focus();
        return;
      }
      el.focus();
      if (say) announce(t("review.focused", { index: ids.indexOf(id!) + 1, count: ids.length, text: el.dataset.text ?? "" }));
    },
    [announce, t],
  );

  /** After a verdict the item leaves the list: focus the one that takes its place. */
  const afterVerdict = useCallback(
    (id: string) => {
      const rest = order.filter((x) => x !== id);
      const at = order.indexOf(id);
      window.setTimeout(() => focusAt(at, rest, false), 0);
    },
    [order, focusAt],
  );

  return (
    <section className="panel panel-wide suggestions-panel" aria-labelledby="suggestions-title" data-testid="review-suggestions">
      <div className="panel-header">
        <h2 id="suggestions-title" ref={heading} tabIndex={-1}>
          {t("review.title")} <span className="badge badge-suggestion">{tn("review.count", suggestions.length)}</span>
        </h2>
      </div>
      <p className="meta">{t("review.intro")}</p>
      {props.canEdit ? (
        <p className="meta" id="review-shortcuts" data-testid="review-shortcuts">
          {t("review.shortcuts")}
        </p>
      ) : null}
      {suggestions.length === 0 ? (
        <p className="empty">{t("review.none")}</p>
      ) : (
        <ul
          className="plain-list suggestion-list"
          onFocus={(event) => {
            if (!props.canEdit || entered.current || !(event.target instanceof HTMLLIElement)) return;
            entered.current = true;
            announce(t("review.shortcuts"));
          }}
        >
          {suggestions.map((s, index) => (
            <SuggestionItem
              key={s.id}
              suggestion={s}
              canEdit={props.canEdit}
              register={(el) => (el ? items.current.set(s.id, el) : items.current.delete(s.id))}
              onMove={(delta) => focusAt(index + delta, order, true)}
              onDecided={() => afterVerdict(s.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionItem(props: { suggestion: Suggestion; canEdit: boolean; register(el: HTMLLIElement | null): void; onMove(delta: number): void; onDecided(): void }) {
  const { suggestion: s, canEdit } = props;
  const { t, formatCalendarDate } = useI18n();
  const announce = useAnnounce();
  const toast = useToast();
  const [state, review] = useMutation(ReviewSuggestionMutation);
  const [, updateDecision] = useMutation(UpdateDecisionMutation);
  const [, updateAction] = useMutation(UpdateActionItemMutation);
  const [, assign] = useMutation(AssignActionItemMutation);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const textId = `suggestion-${s.id}-text`;

  const reset = async () => !(await review({ input: { id: s.id, verdict: "RESET" } })).error;

  async function decide(verdict: Verdict) {
    setError(null);
    props.onDecided();
    const result = await review({ input: { id: s.id, verdict } });
    if (result.error) {
      // The optimistic change is gone and the suggestion is back in the list: say why.
      setError(result.error);
      announce(t("review.error"));
      toast({ message: t("review.error") });
      return;
    }
    const message = t(verdict === "ACCEPT" ? "review.accepted" : "review.rejected", { text: s.text });
    announce(message);
    toast({ message, undo: reset });
  }

  function edited(after: string, undoEdit: () => Promise<boolean>) {
    setEditing(false);
    props.onDecided();
    const message = t("review.edited", { text: after });
    announce(message);
    toast({ message, undo: async () => (await undoEdit()) && (await reset()) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!canEdit || editing || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    const key = event.key.toLowerCase();
    const act: Record<string, () => void> = {
      a: () => void decide("ACCEPT"),
      r: () => void decide("REJECT"),
      e: () => setEditing(true),
      j: () => props.onMove(1),
      k: () => props.onMove(-1),
    };
    const run = act[key];
    if (!run || state.fetching) return;
    event.preventDefault();
    run();
  }

  const percent = s.confidence == null ? null : Math.round(s.confidence * 100);
  return (
    <li
      ref={props.register}
      className="card suggestion"
      data-testid="suggestion"
      data-id={s.id}
      data-kind={s.kind}
      data-text={s.text}
      tabIndex={canEdit ? 0 : -1}
      aria-labelledby={textId}
      aria-describedby={canEdit ? "review-shortcuts" : undefined}
      onKeyDown={onKeyDown}
    >
      <p className="badges">
        <span className="badge badge-suggestion">{t("review.badge")}</span>
        <span className="badge">{t(s.kind === "decision" ? "review.kind.decision" : "review.kind.actionItem")}</span>
        {percent != null ? <span className="meta">{t("review.confidence", { percent })}</span> : null}
      </p>
      {editing && s.kind === "decision" ? (
        <DecisionForm
          decision={{ id: s.id, text: s.text }}
          onDone={(saved) => {
            if (!saved) return setEditing(false);
            const before = saved.before ?? s.text;
            edited(saved.text, async () => !(await updateDecision({ input: { id: s.id, text: before } })).error);
          }}
        />
      ) : editing ? (
        <ActionItemEditForm
          item={{ id: s.id, title: s.text, ownerId: s.ownerId, dueDate: s.dueDate }}
          onDone={(saved) => {
            if (!saved) return setEditing(false);
            const before: ActionItemValues = saved.before ?? { title: s.text, ownerId: s.ownerId, dueDate: s.dueDate };
            edited(saved.title, async () => {
              const a = await updateAction({ input: { id: s.id, title: before.title, dueDate: before.dueDate } });
              const b = a.error ? a : await assign({ input: { id: s.id, ownerId: before.ownerId } });
              return !a.error && !b.error;
            });
          }}
        />
      ) : (
        <>
          <p className="suggestion-text" id={textId}>
            {s.text}
          </p>
          {s.kind === "actionItem" && (s.owner || s.dueDate) ? (
            <p className="meta">
              {[s.owner ? t("review.owner", { name: s.owner }) : null, s.dueDate ? t("review.due", { date: formatCalendarDate(s.dueDate) }) : null].filter(Boolean).join(" · ")}
            </p>
          ) : null}
          {s.quote && s.quote !== s.text ? <p className="meta suggestion-quote">{t("review.quote", { quote: s.quote })}</p> : null}
        </>
      )}
      <InlineError error={error} />
      {canEdit && !editing ? (
        <p className="suggestion-actions">
          <button type="button" className="button button-small" disabled={state.fetching} onClick={() => void decide("ACCEPT")} data-testid="suggestion-accept">
            {t("review.accept")}
            <span className="visually-hidden">: {s.text}</span>
          </button>
          <button type="button" className="button button-secondary button-small" disabled={state.fetching} onClick={() => setEditing(true)} data-testid="suggestion-edit">
            {t("review.edit")}
            <span className="visually-hidden">: {s.text}</span>
          </button>
          <button type="button" className="button button-secondary button-small" disabled={state.fetching} onClick={() => void decide("REJECT")} data-testid="suggestion-reject">
            {t("review.reject")}
            <span className="visually-hidden">: {s.text}</span>
          </button>
        </p>
      ) : null}
    </li>
  );
}
