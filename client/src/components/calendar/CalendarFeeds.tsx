import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { CalendarFeedItemFragment } from "../../gql/graphql";
import { errorMessageKey, errorReasons, inputProblems } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { feedErrorText, importSummary } from "../../lib/calendar";
import { ConfirmDialog } from "../ConfirmDialog";
import { EmptyState, ErrorBanner, Loading } from "../Status";

const CalendarFeedFragment = graphql(`
  fragment CalendarFeedItem on CalendarFeed {
    id
    name
    url
    lastStatus
    lastPolledAt
    lastErrorCode
    consecutiveFailures
  }
`);

const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      ...CalendarFeedItem
    }
  }
`);

const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      feed {
        ...CalendarFeedItem
      }
    }
  }
`);

const PollCalendarFeedMutation = graphql(`
  mutation PollCalendarFeed($input: PollCalendarFeedInput!) {
    pollCalendarFeed(input: $input) {
      status
      errorCode
      created
      updated
      cancelled
      unchanged
      feed {
        ...CalendarFeedItem
      }
    }
  }
`);

const DeleteCalendarFeedMutation = graphql(`
  mutation DeleteCalendarFeed($input: DeleteCalendarFeedInput!) {
    deleteCalendarFeed(input: $input) {
      deletedFeedId
    }
  }
`);

type Feed = CalendarFeedItemFragment;

/** A feed's last poll in words: "OK", "Inte ändrad", "Fel: <why>", or not polled yet. */
function FeedStatus({ feed }: { feed: Feed }) {
  const { t, tn } = useI18n();
  const status = feed.lastStatus;
  const text = !status
    ? t("calendar.status.none")
    : status === "FAILED"
      ? t("calendar.status.FAILED", { reason: feedErrorText(feed.lastErrorCode) })
      : t(`calendar.status.${status}`);
  return (
    <>
      <span className={`badge feed-status feed-status-${(status ?? "none").toLowerCase()}`} data-testid="calendar-feed-status">
        {text}
      </span>
      {feed.consecutiveFailures > 0 ? (
        <span className="meta feed-failures" data-testid="calendar-feed-failures">
          {tn("calendar.feeds.failures", feed.consecutiveFailures)}
        </span>
      ) : null}
    </>
  );
}

function FeedItem(props: { feed: FragmentType<typeof CalendarFeedFragment>; onRemove(feed: Feed): void }) {
  const feed = getFragmentData(CalendarFeedFragment, props.feed);
  const { onRemove } = props;
  const { t, formatDateTime } = useI18n();
  const [{ fetching }, poll] = useMutation(PollCalendarFeedMutation);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);

  async function pollNow() {
    setOutcome(null);
    const result = await poll({ input: { id: feed.id } });
    const payload = result.data?.pollCalendarFeed;
    if (result.error || !payload) {
      setOutcome({ text: t(errorMessageKey(result.error)), failed: true });
      return;
    }
    const name = feed.name;
    if (payload.status === "FAILED") {
      setOutcome({ text: t("calendar.feeds.pollFailed", { name, reason: feedErrorText(payload.errorCode) }), failed: true });
    } else if (payload.status === "NOT_MODIFIED") {
      setOutcome({ text: t("calendar.feeds.pollNotModified", { name }), failed: false });
    } else {
      const summary = importSummary(payload);
      setOutcome({ text: summary ? t("calendar.feeds.pollOk", { name, summary }) : t("calendar.feeds.pollNothing", { name }), failed: false });
    }
  }

  return (
    <li className={`card calendar-feed${feed.lastStatus === "FAILED" ? " is-failed" : ""}`} data-testid="calendar-feed" data-id={feed.id}>
      <div className="token-head">
        <span className="card-title">{feed.name}</span>
        <span className="feed-status-line">
          <FeedStatus feed={feed} />
        </span>
      </div>
      <dl className="facts feed-facts">
        <div>
          <dt>{t("calendar.feeds.url")}</dt>
          <dd className="feed-url">{feed.url}</dd>
        </div>
        <div>
          <dt>{t("calendar.feeds.lastPolled")}</dt>
          <dd>{feed.lastPolledAt ? formatDateTime(feed.lastPolledAt) : t("calendar.feeds.never")}</dd>
        </div>
      </dl>
      <div className="button-row feed-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={fetching}
          aria-label={fetching ? undefined : t("calendar.feeds.pollNamed", { name: feed.name })}
          onClick={() => void pollNow()}
        >
          {fetching ? t("calendar.feeds.polling") : t("calendar.feeds.poll")}
        </button>
        <button type="button" className="button button-danger-secondary" aria-label={t("calendar.feeds.removeNamed", { name: feed.name })} onClick={() => onRemove(feed)}>
          {t("calendar.feeds.remove")}
        </button>
      </div>
      <p className={outcome ? (outcome.failed ? "inline-error feed-outcome" : "success-message feed-outcome") : "visually-hidden"} role="status" data-testid="calendar-feed-outcome">
        {outcome?.text}
      </p>
    </li>
  );
}

type FeedField = "name" | "url";

function AddFeedForm({ onAdded }: { onAdded(name: string): void }) {
  const { t } = useI18n();
  const ids = { name: useId(), url: useId() };
  const refs = { name: useRef<HTMLInputElement>(null), url: useRef<HTMLInputElement>(null) };
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [errors, setErrors] = useState<Partial<Record<FeedField, MessageKey>>>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [{ fetching }, create] = useMutation(CreateCalendarFeedMutation);

  function show(found: Partial<Record<FeedField, MessageKey>>) {
    setErrors(found);
    const first = (["name", "url"] as const).find((field) => found[field]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const local: Partial<Record<FeedField, MessageKey>> = {};
    if (!name.trim() || name.trim().length > 200) local.name = "calendar.feeds.add.nameInvalid";
    if (!/^(https?|webcals?):\/\/[^\s/?#]+\S*$/i.test(url.trim())) local.url = "calendar.feeds.add.urlInvalid";
    if (Object.keys(local).length) {
      show(local);
      return;
    }
    setErrors({});
    const result = await create({ input: { name: name.trim(), url: url.trim() } });
    const feed = getFragmentData(CalendarFeedFragment, result.data?.createCalendarFeed.feed);
    if (!result.error && feed) {
      setName("");
      setUrl("");
      onAdded(feed.name);
      return;
    }
    const found: Partial<Record<FeedField, MessageKey>> = {};
    const blocked = errorReasons(result.error).includes("BLOCKED_ADDRESS");
    for (const problem of inputProblems(result.error)) {
      const field = problem.path[1];
      if (field === "name") found.name = "calendar.feeds.add.nameInvalid";
      if (field === "url") found.url = blocked ? "calendar.feeds.add.urlBlocked" : "calendar.feeds.add.urlInvalid";
    }
    if (Object.keys(found).length) show(found);
    else setFormError(errorMessageKey(result.error));
  }

  const describedBy = (field: FeedField) => [`${ids[field]}-hint`, errors[field] ? `${ids[field]}-error` : ""].filter(Boolean).join(" ");

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate data-testid="calendar-feed-form">
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("calendar.feeds.add.title")}</legend>
        {formError ? <ErrorBanner messageKey={formError} /> : null}
        <div className="form-grid feed-form-grid">
          {(["name", "url"] as const).map((field) => (
            <div className="field" key={field}>
              <label htmlFor={ids[field]}>{t(`calendar.feeds.add.${field}`)}</label>
              <input
                ref={refs[field]}
                id={ids[field]}
                type={field === "url" ? "url" : "text"}
                inputMode={field === "url" ? "url" : undefined}
                autoComplete="off"
                spellCheck={field === "url" ? false : undefined}
                maxLength={field === "url" ? 2000 : 200}
                value={field === "url" ? url : name}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy(field)}
                onChange={(event) => (field === "url" ? setUrl : setName)(event.target.value)}
              />
              <p id={`${ids[field]}-hint`} className="field-hint">
                {t(`calendar.feeds.add.${field}Hint`)}
              </p>
              {errors[field] ? (
                <p id={`${ids[field]}-error`} className="field-error">
                  {t(errors[field])}
                </p>
              ) : null}
            </div>
          ))}
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {fetching ? t("calendar.feeds.add.submitting") : t("calendar.feeds.add.submit")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** "Prenumererade kalendrar" (admins): the feeds with their last poll, "Hämta nu", remove, add. */
export function CalendarFeeds() {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: CalendarFeedsQuery });
  const [, remove] = useMutation(DeleteCalendarFeedMutation);
  const [confirming, setConfirming] = useState<Feed | null>(null);
  const [removeError, setRemoveError] = useState<MessageKey | null>(null);
  const [message, setMessage] = useState("");

  async function confirmRemove() {
    const feed = confirming;
    setConfirming(null);
    if (!feed) return;
    setRemoveError(null);
    const result = await remove({ input: { id: feed.id } });
    if (result.error) {
      setRemoveError(errorMessageKey(result.error));
      return;
    }
    setMessage(t("calendar.feeds.removed", { name: feed.name }));
    // Its buttons are gone: focus stays in the section rather than falling to the top of the page.
    headingRef.current?.focus();
  }

  let list;
  if (!data && fetching) list = <Loading label={t("calendar.feeds.loading")} />;
  else if (!data) list = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else if (data.calendarFeeds.length === 0) list = <EmptyState messageKey="calendar.feeds.empty" />;
  else
    list = (
      <ul className="card-list calendar-feed-list" data-testid="calendar-feed-list">
        {data.calendarFeeds.map((feed) => (
          <FeedItem key={getFragmentData(CalendarFeedFragment, feed).id} feed={feed} onRemove={setConfirming} />
        ))}
      </ul>
    );

  return (
    <div className="calendar-feeds" data-testid="calendar-feeds">
      <h3 id="calendar-feeds-title" ref={headingRef} tabIndex={-1}>
        {t("calendar.feeds.title")}
      </h3>
      <p className="meta">{t("calendar.feeds.intro")}</p>
      <p className={message ? "success-message" : "visually-hidden"} role="status" data-testid="calendar-feeds-status">
        {message}
      </p>
      {removeError ? <ErrorBanner messageKey={removeError} /> : null}
      {list}
      <AddFeedForm onAdded={(name) => setMessage(t("calendar.feeds.add.added", { name }))} />
      <ConfirmDialog
        open={confirming !== null}
        title={t("calendar.feeds.confirm.title")}
        body={t("calendar.feeds.confirm.body", { name: confirming?.name ?? "" })}
        confirmLabel={t("calendar.feeds.confirm.confirm")}
        cancelLabel={t("calendar.feeds.confirm.cancel")}
        danger
        onConfirm={() => void confirmRemove()}
        onCancel={() => setConfirming(null)}
      />
    </div>
  );
}
