import type { Role } from "../../../gql/graphql";

/** The roles in the order they are offered, lowest first. */
export const ROLES: readonly Role[] = ["VIEWER", "EDITOR", "ADMIN"];
