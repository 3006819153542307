import { useEffect, useRef } from "react";
import { NavLink } from "react-router";
import { useQuery } from "urql";
import { NudgeUnreadCountQuery } from "../../graphql/nudges";
import { useI18n } from "../../i18n";
import { useAnnounce } from "../LiveAnnouncer";
import { useNudgeFeed } from "./useNudgeFeed";

/** The most the badge spells out; more reads "99+" (the accessible name keeps the number). */
const BADGE_MAX = 99;

function BellIcon() {
  return (
    <svg className="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M12 2.5a6 6 0 0 0-6 6v3.6l-1.7 3.1A1 1 0 0 0 5.2 16.7h13.6a1 1 0 0 0 .9-1.5L18 12.1V8.5a6 6 0 0 0-6-6Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <path d="M9.5 19a2.5 2.5 0 0 0 5 0" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header's way to /aviseringar: a bell with the number of unread nudges, kept current by the
 * nudge feed. A new unread nudge is also announced to screen readers.
 */
export function NotificationsButton() {
  const { t, tn } = useI18n();
  const announce = useAnnounce();
  const [{ data }, reexecute] = useQuery({ query: NudgeUnreadCountQuery });
  useNudgeFeed(() => reexecute({ requestPolicy: "network-only" }));
  const count = data?.nudges.totalCount;

  // Announce only a rise after the first answer (not the count the page opened with).
  const previous = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (count === undefined) return;
    if (previous.current !== undefined && count > previous.current) announce(tn("nudges.announceNew", count));
    previous.current = count;
  }, [count, announce, tn]);

  const label = count === undefined ? t("nudges.button") : count > 0 ? tn("nudges.buttonLabel", count) : t("nudges.buttonLabelNone");
  return (
    <NavLink to="/aviseringar" className="notifications-button" aria-label={label} data-testid="notifications-button" data-count={count ?? ""}>
      <BellIcon />
      <span className="notifications-text">{t("nudges.button")}</span>
      {count ? (
        <span className="notifications-badge" aria-hidden="true" data-testid="notifications-badge">
          {count > BADGE_MAX ? `${BADGE_MAX}+` : count}
        </span>
      ) : null}
    </NavLink>
  );
}
