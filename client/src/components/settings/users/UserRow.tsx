import { useId, useState } from "react";
import { useMutation } from "urql";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { Role } from "../../../gql/graphql";
import { operationErrorMessageKey } from "../../../graphql/errors";
import { useI18n, type MessageKey } from "../../../i18n";
import { useAnnounce } from "../../LiveAnnouncer";
import { ROLES } from "./roles";
import { UserActiveToggle } from "./UserActiveToggle";

export const UserRowFragment = graphql(`
  fragment UserRow_User on User {
    id
    name
    email
    role
    active
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

/** One user: name, e-mail, status, role picker and (for others than yourself) deactivate/reactivate. */
export function UserRow({ user: userRef, isSelf }: { user: FragmentType<typeof UserRowFragment>; isSelf: boolean }) {
  const user = getFragmentData(UserRowFragment, userRef);
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
    <li className="settings-user" data-testid="settings-user" data-active={user.active}>
      <div className="settings-user-who">
        <span className="settings-user-name">
          {user.name} {isSelf ? <span className="meta">{t("settings.users.you")}</span> : null}{" "}
          <span className={user.active ? "badge badge-consent-granted" : "badge badge-consent-declined"} data-testid="user-status">
            {t(user.active ? "settings.users.status.active" : "settings.users.status.inactive")}
          </span>
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
        {isSelf ? null : <UserActiveToggle user={user} onError={setErrorKey} />}
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
