import { allow, fields, isEditor, isViewer } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

/** Viewers see who stakeholders are; contact details and notes are for editors and admins. */
export const stakeholderPermissions = {
  Query: { stakeholders: isViewer },
  Mutation: fields(["createStakeholder", "updateStakeholder"], isEditor),
  Stakeholder: {
    ...fields(["id", "name", "title", "organization", "influence", "interest", "createdAt", "updatedAt"], isViewer),
    ...fields(["email", "phone", "notes"], isEditor),
  },
  StakeholderPayload: fields(["stakeholder"], allow),
  ...connectionRules("Stakeholder"),
};
