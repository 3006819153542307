import { useI18n } from "../../../i18n";
import { AUTHORITY_TYPES, CONTRACT_TYPES, PROCEDURES, type AwardElectronic, type ProcurementForm } from "../../../lib/procurementForm";
import { AmountInput, Checkbox, Field, type FormSectionProps } from "./fields";

/** The procurement itself: what is bought, by whom, its value and dates, the procedure and its conditions. */
export function BasicsSection({ form, setForm, problems }: FormSectionProps) {
  const { t } = useI18n();
  const patch = (values: Partial<ProcurementForm>) => setForm((prev) => ({ ...prev, ...values }));
  return (
    <fieldset className="form-section">
      <legend>{t("procurement.form.basics")}</legend>
      <div className="form-grid">
        <Field field="contractType" label={t("procurement.form.contractType")} problems={problems}>
          {(props) => (
            <select
              {...props}
              value={form.contractType}
              onChange={(e) => patch({ contractType: e.target.value as ProcurementForm["contractType"] })}
            >
              {CONTRACT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`procurement.contractType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field field="authority" label={t("procurement.form.authority")} problems={problems}>
          {(props) => (
            <select
              {...props}
              value={form.authority}
              onChange={(e) => patch({ authority: e.target.value as ProcurementForm["authority"] })}
            >
              {AUTHORITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`procurement.authority.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          field="estimatedValueSek"
          label={t("procurement.form.estimatedValue")}
          hint={t("procurement.form.estimatedValueHint")}
          problems={problems}
        >
          {(props) => (
            <AmountInput {...props} value={form.estimatedValueSek} onChange={(v) => patch({ estimatedValueSek: v })} />
          )}
        </Field>
        <Field field="startDate" label={t("procurement.form.startDate")} problems={problems}>
          {(props) => (
            <input {...props} type="date" value={form.startDate} onChange={(e) => patch({ startDate: e.target.value })} />
          )}
        </Field>
        <Field field="procedure" label={t("procurement.form.procedure")} problems={problems}>
          {(props) => (
            <select
              {...props}
              value={form.procedure}
              onChange={(e) => patch({ procedure: e.target.value as ProcurementForm["procedure"] })}
            >
              <option value="">{t("procurement.form.procedureRecommend")}</option>
              {PROCEDURES.map((procedure) => (
                <option key={procedure} value={procedure}>
                  {t(`procurement.procedure.${procedure}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="checkbox-group">
        <Checkbox
          id="pf-electronicSubmission"
          label={t("procurement.form.electronicSubmission")}
          checked={form.electronicSubmission}
          onChange={(checked) => patch({ electronicSubmission: checked })}
        />
        <Checkbox
          id="pf-priorInformationNotice"
          label={t("procurement.form.priorInformationNotice")}
          checked={form.priorInformationNotice}
          onChange={(checked) => patch({ priorInformationNotice: checked })}
        />
        <Checkbox
          id="pf-urgency"
          label={t("procurement.form.urgency")}
          checked={form.urgency}
          onChange={(checked) => patch({ urgency: checked })}
        />
        <Checkbox
          id="pf-similarPurchasesThisYear"
          label={t("procurement.form.similarPurchases")}
          checked={form.similarPurchasesThisYear}
          onChange={(checked) => patch({ similarPurchasesThisYear: checked })}
        />
      </div>
      {form.similarPurchasesThisYear ? (
        <div className="form-grid">
          <Field field="similarPurchasesValueSek" label={t("procurement.form.similarPurchasesValue")} problems={problems}>
            {(props) => (
              <AmountInput
                {...props}
                value={form.similarPurchasesValueSek}
                onChange={(v) => patch({ similarPurchasesValueSek: v })}
              />
            )}
          </Field>
        </div>
      ) : null}
      <details className="more" open={problems.has("evaluationDays") || undefined}>
        <summary>{t("procurement.form.more")}</summary>
        <div className="form-grid">
          <Field
            field="evaluationDays"
            label={t("procurement.form.evaluationDays")}
            hint={t("procurement.form.evaluationDaysHint")}
            problems={problems}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="numeric"
                className="input-short"
                value={form.evaluationDays}
                onChange={(e) => patch({ evaluationDays: e.target.value })}
              />
            )}
          </Field>
          <Field field="awardDecisionSentElectronically" label={t("procurement.form.awardElectronic")} problems={problems}>
            {(props) => (
              <select
                {...props}
                value={form.awardDecisionSentElectronically}
                onChange={(e) => patch({ awardDecisionSentElectronically: e.target.value as AwardElectronic })}
              >
                <option value="">{t("procurement.form.awardElectronic.default")}</option>
                <option value="yes">{t("procurement.form.awardElectronic.yes")}</option>
                <option value="no">{t("procurement.form.awardElectronic.no")}</option>
              </select>
            )}
          </Field>
        </div>
      </details>
    </fieldset>
  );
}
