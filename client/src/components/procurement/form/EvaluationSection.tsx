import type { ProcurementEvaluationModel } from "../../../gql/graphql";
import { useI18n } from "../../../i18n";
import { EVALUATION_MODELS, isPointModel, parseNumber, usesCriteria, type ProcurementForm } from "../../../lib/procurementForm";
import { CriteriaList } from "./CriteriaList";
import { AmountInput, Field, type FormSectionProps } from "./fields";

/** How bids are compared: the model, the price's weight or bounds, and the quality criteria. */
export function EvaluationSection({ form, setForm, problems }: FormSectionProps) {
  const { t } = useI18n();
  const patch = (values: Partial<ProcurementForm>) => setForm((prev) => ({ ...prev, ...values }));
  const pointModel = isPointModel(form.model);
  const withCriteria = usesCriteria(form.model);
  const weightSum =
    (parseNumber(form.priceWeight) ?? 0) + form.criteria.reduce((sum, c) => sum + (parseNumber(c.weight) ?? 0), 0);
  return (
    <fieldset className="form-section">
      <legend>{t("procurement.form.evaluation")}</legend>
      <div className="form-grid">
        <Field
          field="evaluation.model"
          label={t("procurement.form.model")}
          hint={t(`procurement.modelHint.${form.model}`)}
          problems={problems}
        >
          {(props) => (
            <select
              {...props}
              value={form.model}
              onChange={(e) => patch({ model: e.target.value as ProcurementEvaluationModel })}
            >
              {EVALUATION_MODELS.map((model) => (
                <option key={model} value={model}>
                  {t(`procurement.model.${model}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {pointModel ? (
          <Field
            field="evaluation.priceWeight"
            label={t("procurement.form.priceWeight")}
            hint={t("procurement.form.weightSum", { sum: Math.round(weightSum * 100) / 100 })}
            problems={problems}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="decimal"
                className="input-short"
                value={form.priceWeight}
                onChange={(e) => patch({ priceWeight: e.target.value })}
              />
            )}
          </Field>
        ) : null}
        {form.model === "ABSOLUTE_POINTS" ? (
          <>
            <Field
              field="evaluation.priceFloorSek"
              label={t("procurement.form.priceFloor")}
              hint={t("procurement.form.priceFloorHint")}
              problems={problems}
            >
              {(props) => (
                <AmountInput {...props} value={form.priceFloorSek} onChange={(v) => patch({ priceFloorSek: v })} />
              )}
            </Field>
            <Field
              field="evaluation.priceCeilingSek"
              label={t("procurement.form.priceCeiling")}
              hint={t("procurement.form.priceCeilingHint")}
              problems={problems}
            >
              {(props) => (
                <AmountInput {...props} value={form.priceCeilingSek} onChange={(v) => patch({ priceCeilingSek: v })} />
              )}
            </Field>
          </>
        ) : null}
      </div>

      {withCriteria ? (
        <CriteriaList form={form} setForm={setForm} problems={problems} />
      ) : (
        <p className="field-hint">{t("procurement.form.lowestPriceHint")}</p>
      )}
    </fieldset>
  );
}
