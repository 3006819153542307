import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql";
import type { Role } from "../../../gql/graphql";
import { hasErrorCode, inputProblems, operationErrorMessageKey } from "../../../graphql/errors";
import { useI18n, type MessageKey } from "../../../i18n";
import { useAnnounce } from "../../LiveAnnouncer";
import { ErrorBanner } from "../../Status";
import { ROLES } from "./roles";

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        email
        role
        active
      }
    }
  }
`);

type UserField = "name" | "email" | "role";
const USER_FIELD_ERRORS: Record<UserField, MessageKey> = {
  name: "settings.users.add.nameInvalid",
  email: "settings.users.add.emailInvalid",
  role: "settings.users.add.roleInvalid",
};

/** "Lägg till användare": name, e-mail and role; field errors from the server land on their fields. */
export function AddUserForm() {
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
