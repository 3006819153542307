import { useState } from "react";
import { useMutation, type CombinedError } from "urql";
import type { ProcurementScenariosQuery } from "../../gql/graphql";
import { DeleteProcurementScenarioMutation } from "../../graphql/procurement";
import { errorMessageKey } from "../../graphql/errors";
import { useI18n } from "../../i18n";
import { fieldDomId, formatSek } from "../../lib/procurementForm";
import { useAnnounce } from "../LiveAnnouncer";
import { EmptyState, ErrorBanner, Loading } from "../Status";

export type SavedScenarioItem = ProcurementScenariosQuery["procurementScenarios"]["nodes"][number];

export interface SavedScenariosProps {
  scenarios: readonly SavedScenarioItem[] | undefined;
  totalCount: number;
  loading: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  canEdit: boolean;
  openedId: string | null;
  opening: string | null;
  onOpen: (id: string) => void;
  onDeleted: (id: string, name: string) => void;
  /** The save form (editors only). */
  save: {
    name: string;
    setName: (name: string) => void;
    nameProblems: readonly string[];
    saving: boolean;
    error: CombinedError | null;
    openedName: string | null;
    onSaveNew: () => void;
    onUpdate: () => void;
  };
}

export function SavedScenarios(props: SavedScenariosProps) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteState, deleteScenario] = useMutation(DeleteProcurementScenarioMutation);
  const [deleteError, setDeleteError] = useState<CombinedError | null>(null);
  const { save } = props;
  const nameField = "name";
  const nameInvalid = save.nameProblems.length > 0;

  async function remove(item: SavedScenarioItem) {
    setDeleteError(null);
    const result = await deleteScenario({ input: { id: item.id } });
    setConfirming(null);
    if (result.error) {
      setDeleteError(result.error);
      return;
    }
    announce(t("procurement.saved.announceDeleted", { name: item.name }));
    props.onDeleted(item.id, item.name);
  }

  return (
    <section className="panel" aria-labelledby="saved-title" data-testid="saved-scenarios">
      <header className="panel-header">
        <h2 id="saved-title">{t("procurement.saved.title")}</h2>
        {props.scenarios ? <p className="panel-count">{t("procurement.saved.count", { count: props.totalCount })}</p> : null}
      </header>

      {props.canEdit ? (
        <form
          className="save-form"
          aria-labelledby="save-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.onSaveNew();
          }}
        >
          <h3 id="save-title">{t("procurement.saved.saveTitle")}</h3>
          {save.openedName ? (
            <p className="meta" data-testid="opened-scenario">
              {t("procurement.saved.current", { name: save.openedName })}
            </p>
          ) : null}
          <div className={`field${nameInvalid ? " has-error" : ""}`}>
            <label htmlFor={fieldDomId(nameField)}>{t("procurement.saved.name")}</label>
            <input
              id={fieldDomId(nameField)}
              type="text"
              maxLength={200}
              value={save.name}
              aria-invalid={nameInvalid || undefined}
              aria-describedby={nameInvalid ? `${fieldDomId(nameField)}-error` : undefined}
              onChange={(e) => save.setName(e.target.value)}
            />
            {nameInvalid ? (
              <p className="field-error" id={`${fieldDomId(nameField)}-error`} data-testid="field-error" data-field="name">
                {save.nameProblems.join(" ")}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={save.saving}>
              {save.saving ? t("procurement.saved.saving") : t("procurement.saved.save")}
            </button>
            {save.openedName ? (
              <button type="button" className="button button-secondary" disabled={save.saving} onClick={save.onUpdate}>
                {t("procurement.saved.update")}
              </button>
            ) : null}
          </div>
          {save.error ? (
            <p className="inline-error" role="alert">
              {t(errorMessageKey(save.error))}
            </p>
          ) : null}
        </form>
      ) : props.scenarios ? (
        <p className="notice notice-info" data-testid="read-only-note">
          {t("procurement.saved.readOnly")}
        </p>
      ) : null}

      {props.error ? <ErrorBanner error={props.error} onRetry={props.onRetry} /> : null}
      {deleteError ? <ErrorBanner error={deleteError} /> : null}
      {!props.scenarios && props.loading ? <Loading /> : null}
      {props.scenarios && props.scenarios.length === 0 ? <EmptyState messageKey="procurement.saved.empty" /> : null}
      {props.scenarios && props.scenarios.length > 0 ? (
        <ul className="card-list saved-list" aria-busy={props.loading}>
          {props.scenarios.map((item) => {
            const opened = item.id === props.openedId;
            const editable = props.canEdit && item.viewerCanEdit;
            return (
              <li
                key={item.id}
                className={`card saved-item${opened ? " is-open" : ""}`}
                data-testid="saved-scenario"
                data-id={item.id}
              >
                <div className="saved-item-body">
                  <h3 className="card-title">
                    {item.name}
                    {opened ? <span className="badge badge-role">{t("procurement.saved.opened")}</span> : null}
                  </h3>
                  <p className="meta">
                    {t("procurement.saved.summary", {
                      type: t(`procurement.contractType.${item.scenario.contractType}`),
                      value: formatSek(item.scenario.estimatedValueSek),
                    })}
                  </p>
                  <p className="meta">
                    <time dateTime={item.updatedAt}>{t("procurement.saved.updated", { date: formatDateTime(item.updatedAt) })}</time>
                    {item.createdBy ? <span> · {t("procurement.saved.by", { name: item.createdBy.name })}</span> : null}
                  </p>
                </div>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={props.opening === item.id}
                    aria-label={t("procurement.saved.openNamed", { name: item.name })}
                    onClick={() => props.onOpen(item.id)}
                  >
                    {t("procurement.saved.open")}
                  </button>
                  {editable && confirming !== item.id ? (
                    <button
                      type="button"
                      className="button button-danger-secondary"
                      aria-label={t("procurement.saved.deleteNamed", { name: item.name })}
                      onClick={() => setConfirming(item.id)}
                    >
                      {t("procurement.saved.delete")}
                    </button>
                  ) : null}
                  {editable && confirming === item.id ? (
                    <>
                      <button
                        type="button"
                        className="button button-danger"
                        disabled={deleteState.fetching}
                        onClick={() => void remove(item)}
                      >
                        {deleteState.fetching ? t("procurement.saved.deleting") : t("procurement.saved.confirmDelete")}
                        <span className="visually-hidden">: {item.name}</span>
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                        {t("procurement.saved.cancel")}
                      </button>
                    </>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
