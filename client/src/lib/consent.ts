import type { ConsentStatus } from "../gql/graphql";

/** Counts of a meeting's consents and whether the server's consent gate lets a transcript through. */
export interface ConsentSummary {
  /** Every participant has GRANTED consent (and there is at least one): AI processing is allowed. */
  ok: boolean;
  total: number;
  granted: number;
  pending: number;
  declined: number;
}

/** Mirrors the server's gate: no participants means nobody has consented. */
export function summarizeConsent(consents: readonly ConsentStatus[]): ConsentSummary {
  const count = (status: ConsentStatus) => consents.filter((c) => c === status).length;
  const granted = count("GRANTED");
  return {
    ok: consents.length > 0 && granted === consents.length,
    total: consents.length,
    granted,
    pending: count("PENDING"),
    declined: count("DECLINED"),
  };
}
