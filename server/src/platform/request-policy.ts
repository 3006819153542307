import { visit, type DocumentNode, type GraphQLError } from "graphql";
import type { Principal } from "./auth";
import { AppError, ErrorCode } from "./errors";

/** Who may read the schema through `__schema` / `__type`: `signed-in` (default), `public` or `off`. */
export type IntrospectionPolicy = "signed-in" | "public" | "off";

/** True when the document asks for the schema (`__typename` alone is not introspection). */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        found = true;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

/** Null when allowed; otherwise the error to answer with. */
export function introspectionRefusal(policy: IntrospectionPolicy, principal: Principal | null): GraphQLError | null {
  if (policy === "public" || (policy === "signed-in" && principal)) return null;
  if (policy === "off") return new AppError(ErrorCode.FORBIDDEN, "Introspection is turned off on this server", { http: { status: 403 } });
  return new AppError(ErrorCode.UNAUTHENTICATED, "Sign in to read the schema", { http: { status: 401 } });
}

export const subscriptionOverHttp = () =>
  new AppError(ErrorCode.BAD_REQUEST, "Subscriptions need a WebSocket: connect with graphql-ws to the same /graphql URL (ws:// or wss://)", { http: { status: 400 } });
