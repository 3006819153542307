import type { ReactNode } from "react";
import { TableScroll } from "../TableScroll";
import type { ProcurementEvaluationModel } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import {
  AUTHORITY_TYPES,
  CONTRACT_TYPES,
  EVALUATION_MODELS,
  PROCEDURES,
  fieldDomId,
  isPointModel,
  newBidKey,
  nextCriterionId,
  parseNumber,
  reformatAmount,
  usesCriteria,
  type AwardElectronic,
  type BidForm,
  type CriterionForm,
  type ProcurementForm,
} from "../../lib/procurementForm";

/** Problems per field key (already translated). */
export type ProblemMap = ReadonlyMap<string, readonly string[]>;

interface A11yProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

function errorId(field: string): string {
  return `${fieldDomId(field)}-error`;
}

function a11y(field: string, problems: ProblemMap, hintId?: string): A11yProps {
  const invalid = (problems.get(field)?.length ?? 0) > 0;
  const describedBy = [hintId, invalid ? errorId(field) : undefined].filter(Boolean).join(" ");
  return { id: fieldDomId(field), "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined };
}

function FieldError({ field, problems }: { field: string; problems: ProblemMap }) {
  const list = problems.get(field);
  if (!list || list.length === 0) return null;
  return (
    <p className="field-error" id={errorId(field)} data-testid="field-error" data-field={field}>
      {list.join(" ")}
    </p>
  );
}

interface FieldProps {
  field: string;
  label: string;
  hint?: string;
  problems: ProblemMap;
  className?: string;
  children: (props: A11yProps) => ReactNode;
}

/** A labelled control with its hint and its problems, wired up with aria-describedby. */
function Field({ field, label, hint, problems, className, children }: FieldProps) {
  const hintId = hint ? `${fieldDomId(field)}-hint` : undefined;
  const props = a11y(field, problems, hintId);
  return (
    <div className={`field${className ? ` ${className}` : ""}${props["aria-invalid"] ? " has-error" : ""}`}>
      <label htmlFor={props.id}>{label}</label>
      {children(props)}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} problems={problems} />
    </div>
  );
}

function Checkbox(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="checkbox">
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

interface AmountInputProps extends A11yProps {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  className?: string;
}

/** SEK amount: free typing, sv-SE grouping ("30 000 000") when the field is left. */
function AmountInput({ value, onChange, label, className, ...rest }: AmountInputProps) {
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className={`input-amount${className ? ` ${className}` : ""}`}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        const formatted = reformatAmount(e.target.value);
        if (formatted !== e.target.value) onChange(formatted);
      }}
    />
  );
}

export interface ProcurementFormViewProps {
  form: ProcurementForm;
  setForm: (update: (form: ProcurementForm) => ProcurementForm) => void;
  problems: ProblemMap;
  simulating: boolean;
  onSubmit: () => void;
  onReset: () => void;
}

export function ProcurementFormView({ form, setForm, problems, simulating, onSubmit, onReset }: ProcurementFormViewProps) {
  const { t } = useI18n();
  const patch = (values: Partial<ProcurementForm>) => setForm((prev) => ({ ...prev, ...values }));
  const pointModel = isPointModel(form.model);
  const withCriteria = usesCriteria(form.model);

  const weightSum =
    (parseNumber(form.priceWeight) ?? 0) + form.criteria.reduce((sum, c) => sum + (parseNumber(c.weight) ?? 0), 0);

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

  const updateBid = (index: number, values: Partial<BidForm>) =>
    setForm((prev) => ({ ...prev, bids: prev.bids.map((b, i) => (i === index ? { ...b, ...values } : b)) }));
  const updateScore = (index: number, criterionId: string, value: string) =>
    setForm((prev) => ({
      ...prev,
      bids: prev.bids.map((b, i) => (i === index ? { ...b, scores: { ...b.scores, [criterionId]: value } } : b)),
    }));
  const addBid = () =>
    setForm((prev) => ({
      ...prev,
      bids: [
        ...prev.bids,
        {
          key: newBidKey(),
          supplier: "",
          priceSek: "",
          maxScore: prev.bids[0]?.maxScore ?? "5",
          scores: Object.fromEntries(prev.criteria.map((c) => [c.id, ""])),
        },
      ],
    }));
  const removeBid = (index: number) => setForm((prev) => ({ ...prev, bids: prev.bids.filter((_, i) => i !== index) }));

  const bidName = (bid: BidForm, index: number) => bid.supplier.trim() || t("procurement.form.unnamedBid", { n: index + 1 });

  return (
    <form
      className="procurement-form"
      noValidate
      aria-labelledby="procurement-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="procurement-form-title">{t("procurement.form.title")}</h2>

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
        ) : (
          <p className="field-hint">{t("procurement.form.lowestPriceHint")}</p>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("procurement.form.bids")}</legend>
        <p className="field-hint">{t("procurement.form.bidsHint")}</p>
        {form.bids.length === 0 ? (
          <p className="empty">{t("procurement.form.noBids")}</p>
        ) : (
          <TableScroll label={t("procurement.form.bids")}>
            <table className="bids-table" data-testid="bids-table">
              <thead>
                <tr>
                  <th scope="col">{t("procurement.form.supplier")}</th>
                  <th scope="col">{t("procurement.form.price")}</th>
                  {withCriteria
                    ? form.criteria.map((c) => (
                        <th scope="col" key={c.id} className="col-score">
                          {c.name || c.id}
                        </th>
                      ))
                    : null}
                  {withCriteria ? (
                    <th scope="col" className="col-score">
                      {t("procurement.form.maxScore")}
                    </th>
                  ) : null}
                  <th scope="col">
                    <span className="visually-hidden">{t("procurement.form.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {form.bids.map((bid, i) => {
                  const label = (field: string) => t("procurement.form.bidLabel", { n: i + 1, field: field.toLowerCase() });
                  return (
                    <tr key={bid.key} data-testid="bid-row">
                      <td data-label={t("procurement.form.supplier")} className="col-supplier">
                        <input
                          {...a11y(`bids.${i}.supplier`, problems)}
                          type="text"
                          aria-label={label(t("procurement.form.supplier"))}
                          value={bid.supplier}
                          onChange={(e) => updateBid(i, { supplier: e.target.value })}
                        />
                        <FieldError field={`bids.${i}.supplier`} problems={problems} />
                      </td>
                      <td data-label={t("procurement.form.price")} className="col-price">
                        <AmountInput
                          {...a11y(`bids.${i}.priceSek`, problems)}
                          label={label(t("procurement.form.price"))}
                          value={bid.priceSek}
                          onChange={(v) => updateBid(i, { priceSek: v })}
                        />
                        <FieldError field={`bids.${i}.priceSek`} problems={problems} />
                      </td>
                      {withCriteria
                        ? form.criteria.map((c, j) => {
                            const field = `bids.${i}.scores.${j}.score`;
                            return (
                              <td key={c.id} className="col-score" data-label={c.name || c.id}>
                                <input
                                  {...a11y(field, problems)}
                                  type="text"
                                  inputMode="decimal"
                                  className="input-score"
                                  aria-label={t("procurement.form.scoreLabel", { n: i + 1, criterion: c.name || c.id })}
                                  value={bid.scores[c.id] ?? ""}
                                  onChange={(e) => updateScore(i, c.id, e.target.value)}
                                />
                                <FieldError field={field} problems={problems} />
                              </td>
                            );
                          })
                        : null}
                      {withCriteria ? (
                        <td className="col-score" data-label={t("procurement.form.maxScore")}>
                          <input
                            {...a11y(`bids.${i}.maxScore`, problems)}
                            type="text"
                            inputMode="decimal"
                            className="input-score"
                            aria-label={label(t("procurement.form.maxScore"))}
                            value={bid.maxScore}
                            onChange={(e) => updateBid(i, { maxScore: e.target.value })}
                          />
                          <FieldError field={`bids.${i}.maxScore`} problems={problems} />
                        </td>
                      ) : null}
                      <td className="col-action">
                        <button
                          type="button"
                          className="button button-icon"
                          aria-label={t("procurement.form.removeBid", { name: bidName(bid, i) })}
                          title={t("procurement.form.removeBid", { name: bidName(bid, i) })}
                          onClick={() => removeBid(i)}
                        >
                          <span aria-hidden="true">✕</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
        <button type="button" className="button button-secondary" onClick={addBid}>
          + {t("procurement.form.addBid")}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-large" disabled={simulating}>
          {simulating ? t("procurement.form.simulating") : t("procurement.form.simulate")}
        </button>
        <button type="button" className="button button-secondary" onClick={onReset}>
          {t("procurement.form.reset")}
        </button>
      </div>
    </form>
  );
}
