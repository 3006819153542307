import type { ModuleRoute, ModuleRouteResponse } from "../../platform/module";

const page = (status: number, heading: string, body: string, form?: string): ModuleRouteResponse => ({
  status,
  contentType: "text/html; charset=utf-8",
  body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading} – Postboxen</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><main><h1>${heading}</h1><p>${body}</p>${form ?? ""}</main></body></html>`,
});

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * One-click unsubscribe from nudge e-mail (RFC 8058). A mail client POSTs
 * `List-Unsubscribe=One-Click`; a person following the link gets a page with a button (a GET never
 * unsubscribes: link scanners follow links). The token only switches e-mail off for its owner.
 */
export const unsubscribeRoutes: ModuleRoute[] = [
  {
    method: "GET",
    path: "nudges/unsubscribe",
    handler: async ({ query }) => {
      const token = query.token ?? "";
      if (!TOKEN.test(token)) return page(400, "Länken fungerar inte", "Länken för att avsluta påminnelser per e-post är ofullständig.");
      return page(
        200,
        "Avsluta påminnelser per e-post",
        "Du får inte längre påminnelser om dina åtgärder per e-post. Du ser dem fortfarande i Postboxen, och du kan slå på e-post igen under Inställningar.",
        `<form method="post"><input type="hidden" name="token" value="${token}"><button type="submit">Avsluta e-postpåminnelser</button></form>`,
      );
    },
  },
  {
    method: "POST",
    path: "nudges/unsubscribe",
    handler: async ({ query, body }, { db, logger }) => {
      const token = body.token ?? query.token ?? "";
      if (!TOKEN.test(token)) return page(400, "Länken fungerar inte", "Länken för att avsluta påminnelser per e-post är ofullständig.");
      const rows = await db.system().getConnection().execute<{ user_id: string }[]>(`update notification_preferences set email = false, updated_at = now() where unsubscribe_token = ? returning id as user_id`, [token]);
      if (!rows.length) return page(404, "Länken fungerar inte", "Vi hittade ingen prenumeration för länken.");
      logger.info({ event: "nudge.email_unsubscribed", userId: rows[0]!.user_id }, "nudge e-mail switched off by link");
      return page(200, "Klart", "Du får inte längre påminnelser per e-post. Du kan slå på dem igen under Inställningar i Postboxen.");
    },
  },
];
