import { useId } from "react";
import { useQuery } from "urql";
import { getFragmentData } from "../../gql";
import type { RegwatchAlertState, RegwatchSeverity } from "../../gql/graphql";
import { RegwatchTopicsQuery } from "../../graphql/regwatch";
import { useI18n } from "../../i18n";
import { ALERT_STATES, SEVERITIES, isFiltered, severityLabel, stateLabel, type FeedFilter } from "./regwatchText";
import { RegwatchTopicItemFragment } from "./TopicsSection";

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

/**
 * The feed's filters — allvarlighetsgrad, status, bevakning — applied as soon as they change and
 * kept in the address by the page (a link or a reload shows the same feed).
 */
export function AlertFilters({ filter, onChange }: { filter: FeedFilter; onChange(next: FeedFilter): void }) {
  const { t } = useI18n();
  const topicSelect = useId();
  const [{ data }] = useQuery({ query: RegwatchTopicsQuery });
  const topics = (data?.regwatchTopics ?? []).map((topic) => getFragmentData(RegwatchTopicItemFragment, topic));
  // A topic in the address that is not (or no longer) one of ours still shows as chosen.
  const unknownTopic = !!filter.topicId && !!data && !topics.some((topic) => topic.id === filter.topicId);

  const check = <T extends RegwatchSeverity | RegwatchAlertState>(list: readonly T[], value: T, label: string, set: (next: T[]) => FeedFilter) => (
    <label key={value} className="checkbox rw-filter-option">
      <input type="checkbox" checked={list.includes(value)} onChange={(event) => onChange(set(toggled(list, value, event.target.checked)))} />
      {label}
    </label>
  );

  return (
    <form className="rw-filters" role="search" aria-label={t("regwatch.filter.label")} onSubmit={(event) => event.preventDefault()} data-testid="regwatch-filters">
      <fieldset className="rw-filter-group">
        <legend>{t("regwatch.filter.severity")}</legend>
        <div className="rw-filter-options">
          {SEVERITIES.map((severity) => check(filter.severity, severity, severityLabel(severity), (next) => ({ ...filter, severity: next })))}
        </div>
      </fieldset>
      <fieldset className="rw-filter-group">
        <legend>{t("regwatch.filter.state")}</legend>
        <div className="rw-filter-options">
          {ALERT_STATES.map((state) => check(filter.state, state, stateLabel(state), (next) => ({ ...filter, state: next })))}
        </div>
      </fieldset>
      <div className="field rw-filter-topic">
        <label htmlFor={topicSelect}>{t("regwatch.filter.topic")}</label>
        <select id={topicSelect} className="select" value={filter.topicId ?? ""} onChange={(event) => onChange({ ...filter, topicId: event.target.value || null })} data-testid="regwatch-filter-topic">
          <option value="">{t("regwatch.filter.allTopics")}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
          {unknownTopic ? <option value={filter.topicId ?? ""}>{t("regwatch.filter.unknownTopic")}</option> : null}
        </select>
      </div>
      {isFiltered(filter) ? (
        <div className="rw-filter-clear">
          <button type="button" className="link-button" onClick={() => onChange({ severity: [], state: [], topicId: null })} data-testid="regwatch-filter-clear">
            {t("regwatch.filter.clear")}
          </button>
        </div>
      ) : null}
    </form>
  );
}
