import { describe, expect, it } from "vitest";
import { roleFromClaim } from "./auth";

describe("roleFromClaim", () => {
  it("takes the highest of this application's roles", () => {
    expect(roleFromClaim(["viewer", "postboxen:editor"])).toBe("EDITOR");
    expect(roleFromClaim("ADMIN")).toBe("ADMIN");
    expect(roleFromClaim(["offline_access", "viewer"])).toBe("VIEWER");
  });

  it("never grants a role named by another application", () => {
    expect(roleFromClaim(["offline_access", "grafana:admin"])).toBeUndefined();
    expect(roleFromClaim("https://other-app.example.com/roles/admin")).toBeUndefined();
    expect(roleFromClaim(["viewer", "jira/admin"])).toBe("VIEWER");
    expect(roleFromClaim([{ admin: true }, 7, null])).toBeUndefined();
  });
});
