import { registerEnumType } from "type-graphql";

/**
 * Where a machine-made item stands with the people of its organisation. Items the extractor was
 * unsure of (confidence below the organisation's threshold) start as SUGGESTED and are not facts
 * until a person accepts or corrects them; REJECTED items stay stored (so a rerun does not bring
 * them back) but are hidden from every list. Manual items and confident ones are ACCEPTED.
 */
export enum ReviewState {
  SUGGESTED = "SUGGESTED",
  ACCEPTED = "ACCEPTED",
  EDITED = "EDITED",
  REJECTED = "REJECTED",
}
registerEnumType(ReviewState, {
  name: "ReviewState",
  description: "SUGGESTED: the extractor was unsure, not a fact until reviewed; ACCEPTED: a fact; EDITED: a suggestion a person accepted with a correction; REJECTED: a suggestion a person turned down (hidden, kept so reruns do not bring it back).",
});

/** The states that count as facts: dashboards, nudges, briefs and exports read only these. */
export const FACT_STATES = [ReviewState.ACCEPTED, ReviewState.EDITED] as const;

/** SQL condition on an items table alias (or none): the row is a fact. */
export const isFactSql = (alias?: string) => `${alias ? `${alias}.` : ""}"review_state" in ('ACCEPTED', 'EDITED')`;
