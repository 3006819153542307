import { useI18n } from "../../i18n";
import { TableScroll } from "../TableScroll";

export interface GridStakeholder {
  id: string;
  name: string;
  influence?: number | null;
  interest?: number | null;
}

const SCALE = [1, 2, 3, 4, 5] as const;
/** From 3 and up counts as high: the classic grid's split of a 1–5 scale. */
const HIGH = 3;

type Quadrant = "keepSatisfied" | "manageClosely" | "monitor" | "keepInformed";

export function quadrantOf(influence: number, interest: number): Quadrant {
  if (influence >= HIGH) return interest >= HIGH ? "manageClosely" : "keepSatisfied";
  return interest >= HIGH ? "keepInformed" : "monitor";
}

/** Each quadrant's label sits in its outermost corner cell. */
const CORNER_LABELS: Record<string, Quadrant> = {
  "5-1": "keepSatisfied",
  "5-5": "manageClosely",
  "1-1": "monitor",
  "1-5": "keepInformed",
};

const QUADRANTS: Quadrant[] = ["keepSatisfied", "manageClosely", "monitor", "keepInformed"];

export interface StakeholderGridProps {
  stakeholders: GridStakeholder[];
  /** A name in a cell selects that stakeholder (as a point in the map does). */
  onSelect?: (id: string) => void;
  selectedId?: string | null;
}

export function StakeholderGrid({ stakeholders, onSelect, selectedId }: StakeholderGridProps) {
  const { t } = useI18n();
  const cells = new Map<string, GridStakeholder[]>();
  const unrated: GridStakeholder[] = [];
  for (const stakeholder of stakeholders) {
    const { influence, interest } = stakeholder;
    if (influence == null || interest == null) {
      unrated.push(stakeholder);
      continue;
    }
    const key = `${influence}-${interest}`;
    cells.set(key, [...(cells.get(key) ?? []), stakeholder]);
  }

  return (
    <div className="stakeholder-grid-wrap">
      <TableScroll label={t("stakeholders.grid.title")}>
        <table className="stakeholder-grid" data-testid="stakeholder-grid">
          <caption>{t("stakeholders.grid.caption")}</caption>
          <thead>
            <tr>
              <td className="grid-corner">{t("stakeholders.grid.axes")}</td>
              {SCALE.map((interest) => (
                <th key={interest} scope="col">
                  <span className="visually-hidden">{t("stakeholders.interest")} </span>
                  {interest}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...SCALE].reverse().map((influence) => (
              <tr key={influence}>
                <th scope="row">
                  <span className="visually-hidden">{t("stakeholders.influence")} </span>
                  {influence}
                </th>
                {SCALE.map((interest) => {
                  const key = `${influence}-${interest}`;
                  const quadrant = quadrantOf(influence, interest);
                  const corner = CORNER_LABELS[key];
                  const people = cells.get(key) ?? [];
                  return (
                    <td key={interest} className={`grid-cell quadrant-${quadrant}`} data-testid={`grid-cell-${key}`}>
                      {corner ? (
                        <span className="quadrant-label">{t(`stakeholders.quadrant.${corner}`)}</span>
                      ) : null}
                      {people.length > 0 ? (
                        <ul className="grid-names">
                          {people.map((person) => (
                            <li key={person.id}>
                              {onSelect ? (
                                <button
                                  type="button"
                                  className="grid-name-button"
                                  aria-label={t("charts.stakeholders.select", { name: person.name })}
                                  aria-pressed={person.id === selectedId}
                                  onClick={() => onSelect(person.id)}
                                >
                                  {person.name}
                                </button>
                              ) : (
                                person.name
                              )}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3 className="visually-hidden">{t("stakeholders.grid.legend")}</h3>
      <ul className="quadrant-legend">
        {QUADRANTS.map((quadrant) => (
          <li key={quadrant}>
            <span className={`legend-swatch quadrant-${quadrant}`} aria-hidden="true" />
            <strong>{t(`stakeholders.quadrant.${quadrant}`)}</strong>: {t(`stakeholders.quadrant.${quadrant}.hint`)}
          </li>
        ))}
      </ul>
      {unrated.length > 0 ? (
        <p className="meta">{t("stakeholders.grid.unrated", { names: unrated.map((s) => s.name).join(", ") })}</p>
      ) : null}
    </div>
  );
}
