import { useI18n } from "../../i18n";
import type { ProcurementForm } from "../../lib/procurementForm";
import { BasicsSection } from "./form/BasicsSection";
import { BidsTable } from "./form/BidsTable";
import { EvaluationSection } from "./form/EvaluationSection";
import type { ProblemMap } from "./form/fields";

export type { ProblemMap } from "./form/fields";

export interface ProcurementFormViewProps {
  form: ProcurementForm;
  setForm: (update: (form: ProcurementForm) => ProcurementForm) => void;
  problems: ProblemMap;
  simulating: boolean;
  onSubmit: () => void;
  onReset: () => void;
}

/** The simulator's form: the procurement, how bids are evaluated, the bids; simulate or start over. */
export function ProcurementFormView({ form, setForm, problems, simulating, onSubmit, onReset }: ProcurementFormViewProps) {
  const { t } = useI18n();
  const sections = { form, setForm, problems };
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
      <BasicsSection {...sections} />
      <EvaluationSection {...sections} />
      <BidsTable {...sections} />

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
