import { BaseEntity, TenantEntity } from "./base.entity";
import { ApiToken } from "./identity/api-token.entity";
import { Organization } from "./identity/organization.entity";
import { User } from "./identity/user.entity";

/** Entities the platform itself owns (identity and the abstract bases); modules add theirs through their manifests. */
export const PLATFORM_ENTITIES = [BaseEntity, TenantEntity, Organization, User, ApiToken];
