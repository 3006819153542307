import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { Role } from "../../gql/graphql";
import { inputProblems, operationErrorMessageKey, hasErrorCode } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { useAnnounce } from "../LiveAnnouncer";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { usePagedList, type PageReport } from "../../lib/usePagedList";

export const ROLES: readonly Role[] = ["VIEWER", "EDITOR", "ADMIN"];
const PAGE_SIZE = 50;

const SettingsUsersQuery = graphql(`
  query SettingsUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        email
        role
      }
    }
  }
`);

const UpdateUserRoleMutation = graphql(`
  mutation UpdateUserRole($input: UpdateUserRoleInput!) {
    updateUserRole(input: $input) {
      user {
        id
        role
      }
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        email
        role
      }
    }
  }
`);

interface UserRowData {
  id: string;
  name: string;
  email?: string | null;
  role: Role;
}

function UserRow({ user, isSelf }: { user: UserRowData; isSelf: boolean }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const selectId = useId();
  const errorId = useId();
  const [{ fetching }, updateRole] = useMutation(UpdateUserRoleMutation);
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);

  async function change(role: Role) {
    setErrorKey(null);
    const result = await updateRole({ input: { id: user.id, role } });
    if (result.error) {
      setErrorKey(operationErrorMessageKey("updateUserRole", result.error));
      return;
    }
    announce(t("settings.users.roleChanged", { name: user.name, role: t(`role.${role}`) }));
  }

  return (
    <li className="settings-user" data-testid="settings-user">
      <div className="settings-user-who">
        <span className="settings-user-name">
          {user.name} {isSelf ? <span className="meta">{t("settings.users.you")}</span> : null}
        </span>
        <span className="meta settings-user-email">{user.email ?? t("settings.users.noEmail")}</span>
      </div>
      <div className="settings-user-role">
        <label htmlFor={selectId} className="visually-hidden">
          {t("settings.users.roleFor", { name: user.name })}
        </label>
        <select
          id={selectId}
          className="select"
          value={user.role}
          disabled={fetching}
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={errorKey ? errorId : undefined}
          onChange={(event) => void change(event.target.value as Role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
        {fetching ? (
          <span className="meta" role="status">
            {t("settings.users.saving")}
          </span>
        ) : null}
      </div>
      {errorKey ? (
        <p id={errorId} className="field-error settings-user-error" role="alert" data-testid="user-role-error">
          {t(errorKey)}
        </p>
      ) : null}
    </li>
  );
}

/** One page of users, as list items; tells the section where it ends. */
function UsersPage(props: {
  after: string | null;
  viewerUserId: string;
  onReport(after: string | null, report: PageReport): void;
}) {
  const { t } = useI18n();
  const { after, onReport } = props;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SettingsUsersQuery,
    variables: { first: PAGE_SIZE, after },
  });
  useEffect(() => {
    if (!data) return;
    const { pageInfo, nodes, totalCount } = data.users;
    onReport(after, { endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage, shown: nodes.length, total: totalCount });
  }, [data, after, onReport]);

  if (!data && fetching) {
    return (
      <li>
        <Loading label={t("settings.users.loading")} />
      </li>
    );
  }
  if (!data) {
    return (
      <li>
        <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      </li>
    );
  }
  if (after === null && data.users.nodes.length === 0) {
    return (
      <li>
        <EmptyState messageKey="settings.users.empty" />
      </li>
    );
  }
  return (
    <>
      {data.users.nodes.map((user) => (
        <UserRow key={user.id} user={user} isSelf={user.id === props.viewerUserId} />
      ))}
    </>
  );
}

type UserField = "name" | "email" | "role";
const USER_FIELD_ERRORS: Record<UserField, MessageKey> = {
  name: "settings.users.add.nameInvalid",
  email: "settings.users.add.emailInvalid",
  role: "settings.users.add.roleInvalid",
};

function AddUserForm() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const ids = { name: useId(), email: useId(), role: useId() };
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("VIEWER");
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<UserField, MessageKey>>>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);
  const refs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    role: useRef<HTMLSelectElement>(null),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFieldErrors({});
    setFormError(null);
    const result = await createUser({ input: { name, email, role } });
    if (result.error) {
      const errors: Partial<Record<UserField, MessageKey>> = {};
      for (const problem of inputProblems(result.error)) {
        const field = problem.path[1] as UserField | undefined;
        if (field && field in USER_FIELD_ERRORS) errors[field] = USER_FIELD_ERRORS[field];
      }
      if (hasErrorCode(result.error, "CONFLICT")) errors.email = operationErrorMessageKey("createUser", result.error);
      const first = (["name", "email", "role"] as const).find((field) => errors[field]);
      if (first) {
        setFieldErrors(errors);
        refs[first].current?.focus();
      } else {
        setFormError(operationErrorMessageKey("createUser", result.error));
      }
      return;
    }
    announce(t("settings.users.add.added", { name: result.data?.createUser.user?.name ?? name }));
    setName("");
    setEmail("");
    setRole("VIEWER");
  }

  const describedBy = (field: UserField) => (fieldErrors[field] ? `${ids[field]}-error` : undefined);
  const fieldError = (field: UserField) =>
    fieldErrors[field] ? (
      <p id={`${ids[field]}-error`} className="field-error">
        {t(fieldErrors[field])}
      </p>
    ) : null;

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate data-testid="add-user-form">
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("settings.users.add.title")}</legend>
        {formError ? <ErrorBanner messageKey={formError} /> : null}
        <div className="form-grid">
          <div className="field">
            <label htmlFor={ids.name}>{t("settings.users.add.name")}</label>
            <input
              ref={refs.name}
              id={ids.name}
              type="text"
              autoComplete="off"
              required
              maxLength={200}
              value={name}
              aria-invalid={fieldErrors.name ? true : undefined}
              aria-describedby={describedBy("name")}
              onChange={(event) => setName(event.target.value)}
            />
            {fieldError("name")}
          </div>
          <div className="field">
            <label htmlFor={ids.email}>{t("settings.users.add.email")}</label>
            <input
              ref={refs.email}
              id={ids.email}
              type="email"
              autoComplete="off"
              required
              value={email}
              aria-invalid={fieldErrors.email ? true : undefined}
              aria-describedby={describedBy("email")}
              onChange={(event) => setEmail(event.target.value)}
            />
            {fieldError("email")}
          </div>
          <div className="field">
            <label htmlFor={ids.role}>{t("settings.users.add.role")}</label>
            <select
              ref={refs.role}
              id={ids.role}
              className="select"
              value={role}
              aria-invalid={fieldErrors.role ? true : undefined}
              aria-describedby={describedBy("role")}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
            {fieldError("role")}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {fetching ? t("settings.users.add.submitting") : t("settings.users.add.submit")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function UsersSection({ viewerUserId }: { viewerUserId: string }) {
  const { t } = useI18n();
  const { cursors, onReport, shown, total, nextCursor, more } = usePagedList();


  return (
    <section className="panel settings-panel" aria-labelledby="settings-users-title" data-testid="settings-users">
      <div className="panel-header">
        <h2 id="settings-users-title">{t("settings.users.title")}</h2>
        {total !== undefined ? <span className="panel-count">{t("settings.users.count", { count: total })}</span> : null}
      </div>
      <ul className="plain-list settings-user-list">
        {cursors.map((cursor) => (
          <UsersPage key={cursor ?? ""} after={cursor} viewerUserId={viewerUserId} onReport={onReport} />
        ))}
      </ul>
      {nextCursor ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={more}
          >
            {t("settings.users.showMore")}
          </button>
          {total !== undefined ? <span className="meta">{t("settings.users.showingOf", { shown, total })}</span> : null}
        </div>
      ) : null}
      <AddUserForm />
    </section>
  );
}
