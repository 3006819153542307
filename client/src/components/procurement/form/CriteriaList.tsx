import { useI18n } from "../../../i18n";
import { isPointModel, nextCriterionId, type CriterionForm } from "../../../lib/procurementForm";
import { AmountInput, FieldError, a11y, type FormSectionProps } from "./fields";

/** The quality criteria, one row each: name, weight or added value, and a remove button; then "add". */
export function CriteriaList({ form, setForm, problems }: FormSectionProps) {
  const { t } = useI18n();
  const pointModel = isPointModel(form.model);
  const updateCriterion = (index: number, values: Partial<CriterionForm>) =>
    setForm((prev) => ({ ...prev, criteria: prev.criteria.map((c, i) => (i === index ? { ...c, ...values } : c)) }));
  const addCriterion = () =>
    setForm((prev) => {
      const id = nextCriterionId(prev.criteria);
      return {
        ...prev,
        criteria: [...prev.criteria, { id, name: "", weight: "0", maxAddedValueSek: "" }],
        bids: prev.bids.map((b) => ({ ...b, scores: { ...b.scores, [id]: "" } })),
      };
    });
  const removeCriterion = (index: number) =>
    setForm((prev) => {
      const removed = prev.criteria[index];
      return {
        ...prev,
        criteria: prev.criteria.filter((_, i) => i !== index),
        bids: prev.bids.map((b) => {
          const scores = { ...b.scores };
          if (removed) delete scores[removed.id];
          return { ...b, scores };
        }),
      };
    });

  return (
    <div className="criteria" role="group" aria-labelledby="criteria-title">
      <h3 id="criteria-title">{t("procurement.form.criteria")}</h3>
      {form.criteria.length === 0 ? <p className="empty">{t("procurement.form.noCriteria")}</p> : null}
      <ul className="criteria-list">
        {form.criteria.map((criterion, i) => {
          const label = (field: string) => t("procurement.form.criterionLabel", { n: i + 1, field: field.toLowerCase() });
          const nameField = `evaluation.criteria.${i}.name`;
          const weightField = `evaluation.criteria.${i}.weight`;
          const valueField = `evaluation.criteria.${i}.maxAddedValueSek`;
          return (
            <li key={criterion.id} className="criterion-row" data-testid="criterion-row">
              <span className="criterion-id" title={t("procurement.form.criterionId")}>
                <span className="visually-hidden">{t("procurement.form.criterionId")}: </span>
                {criterion.id}
              </span>
              <div className="cell cell-grow">
                <input
                  {...a11y(nameField, problems)}
                  type="text"
                  aria-label={label(t("procurement.form.criterionName"))}
                  placeholder={t("procurement.form.criterionName")}
                  value={criterion.name}
                  onChange={(e) => updateCriterion(i, { name: e.target.value })}
                />
                <FieldError field={nameField} problems={problems} />
              </div>
              {pointModel ? (
                <div className="cell">
                  <span className="cell-label" aria-hidden="true">
                    {t("procurement.form.criterionWeight")}
                  </span>
                  <input
                    {...a11y(weightField, problems)}
                    type="text"
                    inputMode="decimal"
                    className="input-short"
                    aria-label={label(t("procurement.form.criterionWeight"))}
                    value={criterion.weight}
                    onChange={(e) => updateCriterion(i, { weight: e.target.value })}
                  />
                  <FieldError field={weightField} problems={problems} />
                </div>
              ) : null}
              {form.model === "ADDED_VALUE" ? (
                <div className="cell">
                  <span className="cell-label" aria-hidden="true">
                    {t("procurement.form.criterionAddedValue")}
                  </span>
                  <AmountInput
                    {...a11y(valueField, problems)}
                    label={label(t("procurement.form.criterionAddedValue"))}
                    value={criterion.maxAddedValueSek}
                    onChange={(v) => updateCriterion(i, { maxAddedValueSek: v })}
                  />
                  <FieldError field={valueField} problems={problems} />
                </div>
              ) : null}
              <button
                type="button"
                className="button button-icon"
                aria-label={t("procurement.form.removeCriterion", {
                  name: criterion.name || t("procurement.form.newCriterion"),
                })}
                title={t("procurement.form.removeCriterion", { name: criterion.name || t("procurement.form.newCriterion") })}
                onClick={() => removeCriterion(i)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-secondary" onClick={addCriterion}>
        + {t("procurement.form.addCriterion")}
      </button>
    </div>
  );
}
