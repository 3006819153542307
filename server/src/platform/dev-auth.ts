import { Router } from "express";
import { z } from "zod";
import type { Authenticator } from "./auth";
import type { Database } from "./db";
import { User } from "./identity/user.entity";

const tokenRequest = z.object({ userId: z.uuid() });

/**
 * AUTH_MODE=dev only (refused in production by config): lists the seeded users and signs
 * short-lived tokens for them, so the demo works without an identity provider.
 */
export function devAuthRouter(db: Database, auth: Authenticator): Router {
  const router = Router();
  router.get("/users", async (_req, res) => {
    const users = await db.system().find(User, { active: true }, { filters: false, populate: ["organization"], orderBy: { organization: { name: "asc" }, role: "desc", name: "asc" } });
    res.json(users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, organization: u.organization.name })));
  });
  router.post("/token", async (req, res) => {
    const parsed = tokenRequest.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ errors: [{ message: "userId must be a user id", extensions: { code: "BAD_USER_INPUT", field: "userId" } }] });
      return;
    }
    const user = await db.system().findOne(User, { id: parsed.data.userId, active: true }, { filters: false, populate: ["organization"] });
    if (!user) {
      res.status(404).json({ errors: [{ message: "User not found", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    const { token, expiresAt } = await auth.signDevToken(user);
    res.json({ token, expiresAt: expiresAt.toISOString() });
  });
  return router;
}
