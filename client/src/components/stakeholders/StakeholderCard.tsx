import { useState } from "react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { useI18n } from "../../i18n";
import { StakeholderForm } from "./StakeholderForm";

export const StakeholderCardFragment = graphql(`
  fragment StakeholderCard_Stakeholder on Stakeholder {
    id
    name
    title
    organization
    influence
    interest
  }
`);

/**
 * Contact details and notes: editors and admins only. Viewers get FORBIDDEN on these fields
 * (and null), which only means "not visible" — see isOnlyForbiddenFields.
 */
export const StakeholderContactFragment = graphql(`
  fragment StakeholderContact_Stakeholder on Stakeholder {
    id
    email
    phone
    notes
  }
`);

/** The card's element id, for moving to it from the map. */
export const stakeholderCardId = (id: string) => `stakeholder-card-${id.replace(/[^A-Za-z0-9_-]/g, "")}`;

export const CONTACT_FIELDS = ["email", "phone", "notes"] as const;

export interface StakeholderCardProps {
  stakeholder: FragmentType<typeof StakeholderCardFragment>;
  contact: FragmentType<typeof StakeholderContactFragment>;
  canEdit: boolean;
  /** Chosen in the map or the grid: highlighted, and focusable so the page can move there. */
  selected?: boolean;
}

export function StakeholderCard(props: StakeholderCardProps) {
  const { t } = useI18n();
  const stakeholder = getFragmentData(StakeholderCardFragment, props.stakeholder);
  const contact = getFragmentData(StakeholderContactFragment, props.contact);
  const [editing, setEditing] = useState(false);
  const headingId = `stakeholder-${stakeholder.id}-name`;

  return (
    <li
      className={`card stakeholder-card${props.selected ? " is-selected" : ""}`}
      data-testid="stakeholder-item"
      data-id={stakeholder.id}
      id={stakeholderCardId(stakeholder.id)}
      aria-labelledby={headingId}
      aria-current={props.selected ? "true" : undefined}
      tabIndex={-1}
    >
      <div className="stakeholder-card-head">
        <div>
          <h3 className="card-title" id={headingId}>
            {stakeholder.name}
          </h3>
          {stakeholder.title || stakeholder.organization ? (
            <p className="meta">{[stakeholder.title, stakeholder.organization].filter(Boolean).join(", ")}</p>
          ) : null}
        </div>
        {props.canEdit && !editing ? (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t("stakeholders.editName", { name: stakeholder.name })}
            onClick={() => setEditing(true)}
          >
            {t("stakeholders.edit")}
          </button>
        ) : null}
      </div>

      <dl className="stakeholder-details">
        <div>
          <dt>{t("stakeholders.influence")}</dt>
          <dd>{stakeholder.influence ?? t("stakeholders.notRated")}</dd>
        </div>
        <div>
          <dt>{t("stakeholders.interest")}</dt>
          <dd>{stakeholder.interest ?? t("stakeholders.notRated")}</dd>
        </div>
        {contact.email ? (
          <div>
            <dt>{t("stakeholders.email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} data-testid="stakeholder-email">
                {contact.email}
              </a>
            </dd>
          </div>
        ) : null}
        {contact.phone ? (
          <div>
            <dt>{t("stakeholders.phone")}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a>
            </dd>
          </div>
        ) : null}
        {contact.notes ? (
          <div className="stakeholder-notes">
            <dt>{t("stakeholders.notes")}</dt>
            <dd>{contact.notes}</dd>
          </div>
        ) : null}
      </dl>

      {editing ? (
        <StakeholderForm
          mode="edit"
          initial={{ ...stakeholder, email: contact.email, phone: contact.phone, notes: contact.notes }}
          heading={t("stakeholders.editTitle", { name: stakeholder.name })}
          onDone={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}
