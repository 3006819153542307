import { toGlobalId } from "../../platform/ids";
import { inline } from "../briefs/brief.markdown";
import type { PreBriefSection } from "../briefs/pre-brief.sections";

const SEVERITY_SV: Record<string, string> = { HIGH: "Hög", MEDIUM: "Medel", LOW: "Låg" };
/** Lines at most: the brief links to the rest. */
const MAX_LINES = 10;

/**
 * The pre-brief's "Omvärldsbevakning": the organisation's alerts (not dismissed) that matched this
 * meeting, highest severity first, each with a link to the alert. Deterministic for the same data
 * (no clock, a total order), so regenerating the brief does not make a new version by itself.
 */
export const regwatchPreBriefSection: PreBriefSection = {
  key: "regwatch",
  order: 10,
  async render({ em, orgId, meeting }) {
    const rows = await em.execute<{ id: string; title: string; severity: string; change_type: string; in_force_on: string | null }[]>(
      `select id, title, severity::text as severity, change_type::text as change_type, in_force_on::text as in_force_on from regwatch_alerts
       where organization_id = ? and matched_meeting_ids @> ?::jsonb and state <> 'DISMISSED'
       order by severity desc, created_at, id limit ?`,
      [orgId, JSON.stringify([meeting.id]), MAX_LINES],
    );
    if (!rows.length) return null;
    return rows.map((r) => {
      const link = `/omvarldsbevakning/${encodeURIComponent(toGlobalId("RegwatchAlert", r.id))}`;
      const inForce = r.in_force_on ? `, träder i kraft ${r.in_force_on}` : "";
      return `- ${SEVERITY_SV[r.severity] ?? r.severity}: ${inline(r.title)}${inForce} [Öppna bevakningen](${link})`;
    });
  },
};
