import { ChartDataTable, QuadrantScatter, type QuadrantPoint } from "../charts";
import { useI18n, type MessageKey } from "../../i18n";
import { quadrantOf, type GridStakeholder } from "./StakeholderGrid";

const QUADRANT_FILLS = {
  keepSatisfied: "#fff3dc",
  manageClosely: "#fdecea",
  monitor: "#f1f3f6",
  keepInformed: "#e6eef8",
} as const;

type QuadrantKey = keyof typeof QUADRANT_FILLS;
const ORDER: QuadrantKey[] = ["manageClosely", "keepSatisfied", "keepInformed", "monitor"];

export interface StakeholderMapProps {
  stakeholders: GridStakeholder[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The influence × interest map as a scatter in the grid's four quadrants; a click selects. */
export function StakeholderMap({ stakeholders, selectedId, onSelect }: StakeholderMapProps) {
  const { t, tn } = useI18n();
  const rated = stakeholders.filter(
    (s): s is GridStakeholder & { influence: number; interest: number } => s.influence != null && s.interest != null,
  );
  const points: QuadrantPoint[] = rated.map((s) => ({ id: s.id, name: s.name, x: s.interest, y: s.influence }));
  const quadrantName = (q: QuadrantKey) => t(`stakeholders.quadrant.${q}` as MessageKey);
  const counts = new Map<QuadrantKey, number>();
  for (const s of rated) counts.set(quadrantOf(s.influence, s.interest), (counts.get(quadrantOf(s.influence, s.interest)) ?? 0) + 1);
  const summary =
    rated.length === 0
      ? t("charts.stakeholders.summaryNone")
      : t("charts.stakeholders.summary", {
          placed: rated.length,
          counts: ORDER.map((q) => t("charts.stakeholders.quadrantCount", { quadrant: quadrantName(q), count: counts.get(q) ?? 0 })).join(", "),
        });
  const describe = (p: QuadrantPoint) =>
    t("charts.stakeholders.point", { name: p.name, influence: p.y, interest: p.x, quadrant: quadrantName(quadrantOf(p.y, p.x)) });
  const quadrant = (q: QuadrantKey) => ({ label: quadrantName(q), fill: QUADRANT_FILLS[q] });
  const selected = rated.find((s) => s.id === selectedId);

  return (
    <div className="stakeholder-map">
      <QuadrantScatter
        testId="stakeholder-scatter"
        points={points}
        peopleNames
        min={1}
        max={5}
        split={2.5}
        xLabel={t("stakeholders.interest")}
        yLabel={t("stakeholders.influence")}
        quadrants={{
          topLeft: quadrant("keepSatisfied"),
          topRight: quadrant("manageClosely"),
          bottomLeft: quadrant("monitor"),
          bottomRight: quadrant("keepInformed"),
        }}
        label={t("charts.stakeholders.label")}
        summary={summary}
        describe={describe}
        moreLabel={(count) => tn("charts.stakeholders.more", count)}
        selectedId={selectedId}
        onSelect={onSelect}
        data={
          <ChartDataTable
            caption={t("charts.tableCaption")}
            columns={[t("stakeholders.field.name"), t("stakeholders.influence"), t("stakeholders.interest"), t("charts.stakeholders.quadrantColumn")]}
            rows={rated.map((s) => [s.name, s.influence, s.interest, quadrantName(quadrantOf(s.influence, s.interest))])}
          />
        }
      />
      <p className="meta chart-selected" aria-live="polite" data-testid="stakeholder-scatter-selected">
        {selected ? t("charts.stakeholders.selected", { name: selected.name }) : ""}
      </p>
    </div>
  );
}
