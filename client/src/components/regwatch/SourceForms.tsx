import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { useMutation, type CombinedError } from "urql";
import type { RegwatchSourceKind } from "../../gql/graphql";
import { errorMessageKey, errorReasons, inputProblems } from "../../graphql/errors";
import { CreateRegwatchSourceMutation, UpdateRegwatchSourceMutation } from "../../graphql/regwatch";
import { useI18n, type MessageKey } from "../../i18n";
import { ErrorBanner } from "../Status";
import { SOURCE_KINDS, sourceKindLabel } from "./regwatchText";

type Field = "name" | "url" | "selector" | "intervalMinutes";
const ORDER: readonly Field[] = ["name", "url", "selector", "intervalMinutes"];
type Errors = Partial<Record<Field, MessageKey>>;

const INTERVAL_MAX = 10_080;
export const DEFAULT_INTERVAL = 60;

/** Checks what the server would refuse anyway, so the common mistakes are answered at once. */
function localErrors(values: { name: string; url?: string; selector: string; interval: string }): Errors {
  const errors: Errors = {};
  if (!values.name.trim() || values.name.trim().length > 200) errors.name = "regwatch.sources.form.nameInvalid";
  if (values.url !== undefined && !/^https?:\/\/[^\s/?#]+\S*$/i.test(values.url.trim())) errors.url = "regwatch.sources.form.urlInvalid";
  if (values.selector.length > 500) errors.selector = "regwatch.sources.form.selectorInvalid";
  const interval = Number(values.interval.trim());
  if (!/^\d{1,5}$/.test(values.interval.trim()) || interval < 1 || interval > INTERVAL_MAX) errors.intervalMinutes = "regwatch.sources.form.intervalInvalid";
  return errors;
}

/** The server's field problems in the form's words (an address in a private net has its own). */
function serverErrors(error: CombinedError): Errors {
  const errors: Errors = {};
  const blocked = errorReasons(error).includes("BLOCKED_ADDRESS");
  for (const problem of inputProblems(error)) {
    const field = problem.path[problem.path.length - 1] as Field | undefined;
    if (field === "name") errors.name = "regwatch.sources.form.nameInvalid";
    if (field === "url") errors.url = blocked ? "regwatch.sources.form.urlBlocked" : "regwatch.sources.form.urlInvalid";
    if (field === "selector") errors.selector = "regwatch.sources.form.selectorInvalid";
    if (field === "intervalMinutes") errors.intervalMinutes = "regwatch.sources.form.intervalInvalid";
  }
  return errors;
}

interface FieldsProps {
  ids: Record<Field | "kind", string>;
  refs: Record<Field, RefObject<HTMLInputElement | null>>;
  errors: Errors;
  show: Record<Field, boolean>;
  values: Record<Field, string>;
  onChange(field: Field, value: string): void;
}

function SourceFields({ ids, refs, errors, show, values, onChange }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      {ORDER.filter((field) => show[field]).map((field) => (
        <div className={`field rw-field-${field}`} key={field}>
          <label htmlFor={ids[field]}>{t(`regwatch.sources.form.${field}`)}</label>
          <input
            ref={refs[field]}
            id={ids[field]}
            type={field === "url" ? "url" : field === "intervalMinutes" ? "number" : "text"}
            inputMode={field === "url" ? "url" : field === "intervalMinutes" ? "numeric" : undefined}
            min={field === "intervalMinutes" ? 1 : undefined}
            max={field === "intervalMinutes" ? INTERVAL_MAX : undefined}
            className={field === "intervalMinutes" ? "input-short" : undefined}
            autoComplete="off"
            spellCheck={field === "url" || field === "selector" ? false : undefined}
            maxLength={field === "url" ? 2000 : field === "selector" ? 500 : field === "name" ? 200 : undefined}
            value={values[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={[`${ids[field]}-hint`, errors[field] ? `${ids[field]}-error` : ""].filter(Boolean).join(" ")}
            onChange={(event) => onChange(field, event.target.value)}
          />
          <p id={`${ids[field]}-hint`} className="field-hint">
            {t(`regwatch.sources.form.${field}Hint`)}
          </p>
          {errors[field] ? (
            <p id={`${ids[field]}-error`} className="field-error">
              {t(errors[field])}
            </p>
          ) : null}
        </div>
      ))}
    </>
  );
}

function useSourceFields(initial: Record<Field, string>) {
  const ids = { name: useId(), url: useId(), selector: useId(), intervalMinutes: useId(), kind: useId() };
  const refs = { name: useRef<HTMLInputElement>(null), url: useRef<HTMLInputElement>(null), selector: useRef<HTMLInputElement>(null), intervalMinutes: useRef<HTMLInputElement>(null) };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const onChange = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const report = (found: Errors) => {
    setErrors(found);
    const first = ORDER.find((field) => found[field]);
    if (first) refs[first].current?.focus();
    return Object.keys(found).length > 0;
  };
  return { ids, refs, values, setValues, errors, report, onChange };
}

/** "Lägg till källa": a name, the format, the address, the CSS selector (HTML), the interval. */
export function AddSourceForm({ onAdded }: { onAdded(name: string): void }) {
  const { t } = useI18n();
  const blank = { name: "", url: "", selector: "", intervalMinutes: String(DEFAULT_INTERVAL) };
  const form = useSourceFields(blank);
  const [kind, setKind] = useState<RegwatchSourceKind>("RSS");
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [{ fetching }, create] = useMutation(CreateRegwatchSourceMutation);
  const html = kind === "HTML";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const { name, url, selector, intervalMinutes } = form.values;
    if (form.report(localErrors({ name, url, selector: html ? selector : "", interval: intervalMinutes }))) return;
    const result = await create({
      input: { name: name.trim(), kind, url: url.trim(), intervalMinutes: Number(intervalMinutes.trim()), ...(html && selector.trim() ? { selector: selector.trim() } : {}) },
    });
    if (!result.error) {
      form.setValues(blank);
      onAdded(name.trim());
      return;
    }
    if (!form.report(serverErrors(result.error))) setFormError(errorMessageKey(result.error));
  }

  return (
    <form className="settings-form rw-source-form" onSubmit={(event) => void submit(event)} noValidate data-testid="regwatch-source-form">
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("regwatch.sources.form.addLegend")}</legend>
        {formError ? <ErrorBanner messageKey={formError} /> : null}
        <div className="form-grid rw-form-grid">
          <div className="field">
            <label htmlFor={form.ids.kind}>{t("regwatch.sources.form.kind")}</label>
            <select id={form.ids.kind} className="select" value={kind} aria-describedby={`${form.ids.kind}-hint`} onChange={(event) => setKind(event.target.value as RegwatchSourceKind)} data-testid="regwatch-source-kind">
              {SOURCE_KINDS.map((value) => (
                <option key={value} value={value}>
                  {sourceKindLabel(value)}
                </option>
              ))}
            </select>
            <p id={`${form.ids.kind}-hint`} className="field-hint">
              {t(`regwatch.sources.kindHint.${kind}`)}
            </p>
          </div>
          <SourceFields ids={form.ids} refs={form.refs} errors={form.errors} values={form.values} onChange={form.onChange} show={{ name: true, url: true, selector: html, intervalMinutes: true }} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {fetching ? t("regwatch.sources.form.adding") : t("regwatch.sources.form.add")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** "Ändra…" on a source: its name, interval and (HTML) selector. */
export function EditSourceForm(props: { source: { id: string; name: string; kind: RegwatchSourceKind; selector?: string | null; intervalMinutes?: number | null }; onDone(message: string | null): void }) {
  const { source, onDone } = props;
  const { t } = useI18n();
  const form = useSourceFields({ name: source.name, url: "", selector: source.selector ?? "", intervalMinutes: String(source.intervalMinutes ?? DEFAULT_INTERVAL) });
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [{ fetching }, update] = useMutation(UpdateRegwatchSourceMutation);
  const html = source.kind === "HTML";
  const nameRef = form.refs.name;
  useEffect(() => nameRef.current?.focus(), [nameRef]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const { name, selector, intervalMinutes } = form.values;
    if (form.report(localErrors({ name, selector: html ? selector : "", interval: intervalMinutes }))) return;
    const result = await update({ input: { id: source.id, name: name.trim(), intervalMinutes: Number(intervalMinutes.trim()), ...(html ? { selector: selector.trim() } : {}) } });
    if (!result.error) return onDone(t("regwatch.sources.saved", { name: name.trim() }));
    if (!form.report(serverErrors(result.error))) setFormError(errorMessageKey(result.error));
  }

  return (
    <form className="settings-form rw-source-form" onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === "Escape" && onDone(null)} noValidate data-testid="regwatch-source-edit-form">
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("regwatch.sources.form.editLegend", { name: source.name })}</legend>
        {formError ? <ErrorBanner messageKey={formError} /> : null}
        <div className="form-grid rw-form-grid">
          <SourceFields ids={form.ids} refs={form.refs} errors={form.errors} values={form.values} onChange={form.onChange} show={{ name: true, url: false, selector: html, intervalMinutes: true }} />
        </div>
        <div className="form-actions button-row">
          <button type="submit" className="button">
            {fetching ? t("regwatch.action.working") : t("regwatch.sources.form.save")}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
            {t("regwatch.action.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
