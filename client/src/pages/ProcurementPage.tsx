import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useClient, useMutation, useQuery, type CombinedError } from "urql";
import { getFragmentData, type FragmentType } from "../gql";
import type { ProcurementScenarioInput } from "../gql/graphql";
import { useAnnounce } from "../components/LiveAnnouncer";
import { CompareScenarios } from "../components/procurement/CompareScenarios";
import { ProcurementFormView, type ProblemMap } from "../components/procurement/ProcurementFormView";
import { ProcurementResultView } from "../components/procurement/ProcurementResultView";
import { SavedScenarios } from "../components/procurement/SavedScenarios";
import { ErrorBanner, Loading } from "../components/Status";
import { inputProblems } from "../graphql/errors";
import {
  CreateProcurementScenarioMutation,
  ProcurementResultFragment,
  ProcurementScenarioFormFragment,
  ProcurementScenarioQuery,
  ProcurementScenariosQuery,
  SimulateProcurementQuery,
  UpdateProcurementScenarioMutation,
} from "../graphql/procurement";
import { useI18n } from "../i18n";
import {
  exampleForm,
  fieldDomId,
  fieldLabel,
  fieldOfPath,
  formFromScenario,
  normaliseField,
  problemMessage,
  renderedFields,
  toScenarioInput,
  type FieldProblem,
  type ProcurementForm,
} from "../lib/procurementForm";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const SAVED_PAGE_SIZE = 50;

interface Simulation {
  input: ProcurementScenarioInput;
  result: FragmentType<typeof ProcurementResultFragment>;
}

/** BAD_USER_INPUT problems as form problems, in Swedish; empty for any other error. */
function serverProblems(error: CombinedError): FieldProblem[] {
  return inputProblems(error).map((problem) => {
    const field = normaliseField(fieldOfPath(problem.path));
    return { field, message: problemMessage(field, problem.message) };
  });
}

function ErrorSummary({
  problems,
  form,
  linkable,
  summaryRef,
}: {
  problems: FieldProblem[];
  form: ProcurementForm;
  linkable: Set<string>;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useI18n();
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={summaryRef}
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title">{t("procurement.errors.summary")}</h2>
      <p>{t("procurement.errors.summaryCount", { count: problems.length })}</p>
      <ul>
        {problems.map((problem, i) => {
          const text = `${fieldLabel(problem.field, form)}: ${problem.message}`;
          return (
            <li key={`${problem.field}-${i}`} data-field={problem.field}>
              {linkable.has(problem.field) ? (
                <a
                  href={`#${fieldDomId(problem.field)}`}
                  onClick={(event) => {
                    const target = document.getElementById(fieldDomId(problem.field));
                    if (!target) return;
                    event.preventDefault();
                    target.scrollIntoView({ block: "center" });
                    target.focus();
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ProcurementPage() {
  const { t } = useI18n();
  useDocumentTitle(t("procurement.title"));
  const client = useClient();
  const announce = useAnnounce();

  const [form, setFormState] = useState<ProcurementForm>(() => exampleForm());
  const setForm = useCallback((update: (prev: ProcurementForm) => ProcurementForm) => setFormState(update), []);
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const [simulating, setSimulating] = useState(false);
  const [simulateError, setSimulateError] = useState<CombinedError | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [focusSummary, setFocusSummary] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formPanelRef = useRef<HTMLElement>(null);
  const requestId = useRef(0);

  const [opened, setOpened] = useState<{ id: string; name: string } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [openError, setOpenError] = useState<CombinedError | "notFound" | null>(null);
  const [saveName, setSaveName] = useState(() => t("procurement.exampleName"));
  const [saveError, setSaveError] = useState<CombinedError | null>(null);
  const [createState, createScenario] = useMutation(CreateProcurementScenarioMutation);
  const [updateState, updateScenario] = useMutation(UpdateProcurementScenarioMutation);

  const [list, reexecuteList] = useQuery({ query: ProcurementScenariosQuery, variables: { first: SAVED_PAGE_SIZE } });
  const refetchList = useCallback(() => reexecuteList({ requestPolicy: "network-only" }), [reexecuteList]);
  const canEdit = list.data?.viewer.canEdit ?? false;

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const showProblems = useCallback((list: FieldProblem[]) => {
    setProblems(list);
    setFocusSummary((n) => n + 1);
  }, []);

  const simulate = useCallback(
    async (current: ProcurementForm) => {
      const built = toScenarioInput(current);
      if (!built.ok) {
        showProblems(built.problems);
        return;
      }
      const id = ++requestId.current;
      setSimulating(true);
      setSimulateError(null);
      const response = await client
        .query(SimulateProcurementQuery, { input: built.input }, { requestPolicy: "network-only" })
        .toPromise();
      if (id !== requestId.current) return;
      setSimulating(false);
      if (response.error) {
        const mapped = serverProblems(response.error);
        if (mapped.length > 0) showProblems(mapped);
        else setSimulateError(response.error);
        return;
      }
      if (response.data) {
        setProblems([]);
        setSimulation({ input: built.input, result: response.data.simulateProcurement });
        const regime = getFragmentData(ProcurementResultFragment, response.data.simulateProcurement).regime;
        announce(t("procurement.result.announce", { regime: t(`procurement.regime.${regime}`) }));
      }
    },
    [client, announce, showProblems, t],
  );

  // Show the prefilled example's result at once.
  const initialForm = useRef(form);
  useEffect(() => {
    void simulate(initialForm.current);
  }, [simulate]);

  const currentKey = useMemo(() => {
    const built = toScenarioInput(form);
    return built.ok ? JSON.stringify(built.input) : null;
  }, [form]);
  const stale = simulation !== null && currentKey !== JSON.stringify(simulation.input);

  const fields = useMemo(() => {
    const set = renderedFields(form);
    if (canEdit) set.add("name");
    return set;
  }, [form, canEdit]);
  const problemMap: ProblemMap = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const problem of problems) {
      if (!fields.has(problem.field)) continue;
      map.set(problem.field, [...(map.get(problem.field) ?? []), problem.message]);
    }
    return map;
  }, [problems, fields]);

  function reset() {
    const next = exampleForm();
    setFormState(next);
    setOpened(null);
    setOpenError(null);
    setSaveName(t("procurement.exampleName"));
    setProblems([]);
    void simulate(next);
  }

  async function open(id: string) {
    setOpening(id);
    setOpenError(null);
    const response = await client.query(ProcurementScenarioQuery, { id }, { requestPolicy: "network-only" }).toPromise();
    setOpening(null);
    if (response.error) {
      setOpenError(response.error);
      return;
    }
    const saved = response.data?.procurementScenario;
    if (!saved) {
      setOpenError("notFound");
      refetchList();
      return;
    }
    const next = formFromScenario(getFragmentData(ProcurementScenarioFormFragment, saved.scenario));
    setFormState(next);
    setOpened({ id: saved.id, name: saved.name });
    setSaveName(saved.name);
    setProblems([]);
    announce(t("procurement.saved.announceOpened", { name: saved.name }));
    formPanelRef.current?.focus();
    void simulate(next);
  }

  /** Validates name and scenario for saving; shows the problems and answers null when invalid. */
  function buildSave(): { name: string; scenario: ProcurementScenarioInput } | null {
    const built = toScenarioInput(form);
    const name = saveName.trim();
    const found: FieldProblem[] = name === "" ? [{ field: "name", message: t("procurement.errors.name") }] : [];
    if (!built.ok) found.push(...built.problems);
    if (found.length > 0 || !built.ok) {
      showProblems(found);
      return null;
    }
    return { name, scenario: built.input };
  }

  function handleSaveError(error: CombinedError) {
    const mapped = serverProblems(error);
    if (mapped.length > 0) showProblems(mapped);
    else setSaveError(error);
  }

  async function saveNew() {
    setSaveError(null);
    const input = buildSave();
    if (!input) return;
    const response = await createScenario({ input });
    if (response.error) return handleSaveError(response.error);
    const saved = response.data?.createProcurementScenario.procurementScenario;
    if (!saved) return;
    setProblems([]);
    setOpened({ id: saved.id, name: saved.name });
    announce(t("procurement.saved.announceSaved", { name: saved.name }));
    refetchList();
  }

  async function update() {
    if (!opened) return;
    setSaveError(null);
    const input = buildSave();
    if (!input) return;
    const response = await updateScenario({ input: { id: opened.id, ...input } });
    if (response.error) return handleSaveError(response.error);
    const saved = response.data?.updateProcurementScenario.procurementScenario;
    if (!saved) return;
    setProblems([]);
    setOpened({ id: saved.id, name: saved.name });
    announce(t("procurement.saved.announceUpdated", { name: saved.name }));
    refetchList();
  }

  const nameProblems = problems.filter((p) => p.field === "name").map((p) => p.message);

  return (
    <div className="procurement-page">
      <div className="page-heading">
        <h1>{t("procurement.title")}</h1>
      </div>
      <p className="lead">{t("procurement.intro")}</p>
      <div className="disclaimer" role="note" data-testid="disclaimer">
        <span className="disclaimer-icon" aria-hidden="true">
          §
        </span>
        <p>
          <strong>{t("procurement.disclaimerTitle")}</strong> {t("procurement.disclaimer")}
        </p>
      </div>

      <div className="procurement-layout">
        <section
          className="panel procurement-form-panel"
          aria-label={t("procurement.form.title")}
          ref={formPanelRef}
          tabIndex={-1}
        >
          {opened ? (
            <p className="opened-note" data-testid="opened-note">
              {t("procurement.saved.current", { name: opened.name })}
            </p>
          ) : null}
          {problems.length > 0 ? (
            <ErrorSummary problems={problems} form={form} linkable={fields} summaryRef={summaryRef} />
          ) : null}
          <ProcurementFormView
            form={form}
            setForm={setForm}
            problems={problemMap}
            simulating={simulating}
            onSubmit={() => void simulate(form)}
            onReset={reset}
          />
        </section>

        <section
          className="panel procurement-result-panel"
          aria-labelledby="result-title"
          aria-busy={simulating}
          data-testid="result-panel"
        >
          <h2 id="result-title">{t("procurement.result.title")}</h2>
          {simulateError ? <ErrorBanner error={simulateError} onRetry={() => void simulate(form)} /> : null}
          {!simulation && simulating ? <Loading /> : null}
          {!simulation && !simulating && !simulateError ? <p className="empty">{t("procurement.result.empty")}</p> : null}
          {stale && !simulating ? (
            <p className="notice" data-testid="stale-note">
              {t("procurement.result.stale")}
            </p>
          ) : null}
          {simulation ? (
            <div className={simulating ? "is-updating" : undefined}>
              <ProcurementResultView result={simulation.result} input={simulation.input} />
            </div>
          ) : null}
          <p className="result-footnote">{t("procurement.disclaimerTitle")}</p>
        </section>

        {openError ? (
          <div className="procurement-wide">
            {openError === "notFound" ? (
              <ErrorBanner messageKey="procurement.saved.notFound" />
            ) : (
              <ErrorBanner error={openError} />
            )}
          </div>
        ) : null}

        <SavedScenarios
          scenarios={list.data?.procurementScenarios.nodes}
          totalCount={list.data?.procurementScenarios.totalCount ?? 0}
          loading={list.fetching}
          error={list.error}
          onRetry={refetchList}
          canEdit={canEdit}
          openedId={opened?.id ?? null}
          opening={opening}
          onOpen={(id) => void open(id)}
          onDeleted={(id) => {
            if (opened?.id === id) setOpened(null);
            refetchList();
          }}
          save={{
            name: saveName,
            setName: setSaveName,
            nameProblems,
            saving: createState.fetching || updateState.fetching,
            error: saveError,
            openedName: opened?.name ?? null,
            onSaveNew: () => void saveNew(),
            onUpdate: () => void update(),
          }}
        />
        <CompareScenarios scenarios={list.data?.procurementScenarios.nodes} />
      </div>
    </div>
  );
}
