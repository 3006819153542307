import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useI18n } from "../i18n";
import { DecisionProvenance } from "./Provenance";

export const DecisionItemFragment = graphql(`
  fragment DecisionItem_Decision on Decision {
    id
    text
    decidedAt
    ...DecisionProvenance_Decision
  }
`);

export function DecisionItem(props: { decision: FragmentType<typeof DecisionItemFragment> }) {
  const decision = getFragmentData(DecisionItemFragment, props.decision);
  const { t, formatDateTime } = useI18n();
  return (
    <li className="decision" data-testid="decision" id={`beslut-${decision.id}`} tabIndex={-1}>
      <p>{decision.text}</p>
      {decision.decidedAt ? (
        <p className="meta">
          <time dateTime={decision.decidedAt}>{t("meeting.decidedAt", { date: formatDateTime(decision.decidedAt) })}</time>
        </p>
      ) : null}
      <DecisionProvenance decision={decision} />
    </li>
  );
}
