import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { RegwatchSectionChange } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { sectionChangeLabel } from "./regwatchText";

export const RegwatchVersionDiffFragment = graphql(`
  fragment RegwatchVersionDiff_RegwatchVersion on RegwatchVersion {
    id
    seq
    changeType
    fetchedAt
    diffSummary
    sections {
      section
      text
    }
    diff {
      section
      change
      before
      after
      words {
        value
        added
        removed
      }
    }
  }
`);

/**
 * Inserted and deleted words: underlined and struck through (not colour alone), and named for
 * screen readers, which do not announce <ins> and <del> by themselves.
 */
function Inserted({ children }: { children: string }) {
  const { t } = useI18n();
  return (
    <ins className="rw-ins">
      <span className="visually-hidden">[{t("regwatch.diff.inserted")}: </span>
      {children}
      <span className="visually-hidden">]</span>
    </ins>
  );
}

function Deleted({ children }: { children: string }) {
  const { t } = useI18n();
  return (
    <del className="rw-del">
      <span className="visually-hidden">[{t("regwatch.diff.deleted")}: </span>
      {children}
      <span className="visually-hidden">]</span>
    </del>
  );
}

const CHANGE_MARKS: Record<RegwatchSectionChange, string> = { ADDED: "+", REMOVED: "−", CHANGED: "±" };

interface Diff {
  section: string;
  change: RegwatchSectionChange;
  before?: string | null;
  after?: string | null;
  words: readonly { value: string; added: boolean; removed: boolean }[];
}

function SectionChange({ diff }: { diff: Diff }) {
  const { t } = useI18n();
  let body;
  if (diff.change === "ADDED") body = <Inserted>{diff.after ?? ""}</Inserted>;
  else if (diff.change === "REMOVED") body = <Deleted>{diff.before ?? ""}</Deleted>;
  else if (diff.words.length)
    body = diff.words.map((word, index) =>
      word.added ? <Inserted key={index}>{word.value}</Inserted> : word.removed ? <Deleted key={index}>{word.value}</Deleted> : <span key={index}>{word.value}</span>,
    );
  else
    body = (
      <>
        <Deleted>{diff.before ?? ""}</Deleted> <Inserted>{diff.after ?? ""}</Inserted>
      </>
    );
  return (
    <li className={`rw-diff-section rw-diff-${diff.change.toLowerCase()}`} data-testid="regwatch-diff-section" data-change={diff.change}>
      <h3 className="rw-diff-heading">
        <span className="rw-diff-name">{diff.section}</span>
        <span className={`badge rw-badge rw-diff-label rw-diff-label-${diff.change.toLowerCase()}`}>
          <span className="rw-mark" aria-hidden="true">
            {CHANGE_MARKS[diff.change]}
          </span>
          <span className="visually-hidden">{t("regwatch.diff.changeLabel")}: </span>
          {sectionChangeLabel(diff.change)}
        </span>
      </h3>
      <p className="rw-diff-text">{body}</p>
    </li>
  );
}

/**
 * The version's changes per section ("2 kap. 3 §", Tillagd/Borttagen/Ändrad, word by word), and
 * its whole text behind a disclosure (open when there is no earlier version to compare with).
 */
export function SectionDiff(props: { version: FragmentType<typeof RegwatchVersionDiffFragment> }) {
  const version = getFragmentData(RegwatchVersionDiffFragment, props.version);
  const { t, tn } = useI18n();
  const first = version.diff.length === 0;
  return (
    <div className="rw-diff" data-testid="regwatch-diff">
      {first ? (
        <p className="meta">{t(version.changeType === "NEW" ? "regwatch.diff.firstVersion" : "regwatch.diff.noTextChange")}</p>
      ) : (
        <>
          <p className="meta rw-diff-legend" id="rw-diff-legend">
            {t("regwatch.diff.legendBefore")} <ins className="rw-ins">{t("regwatch.diff.legendInserted")}</ins>, <del className="rw-del">{t("regwatch.diff.legendDeleted")}</del>.
          </p>
          <ol className="rw-diff-list" aria-describedby="rw-diff-legend">
            {version.diff.map((diff, index) => (
              <SectionChange key={`${diff.section}-${index}`} diff={diff} />
            ))}
          </ol>
        </>
      )}
      {version.sections.length ? (
        <details className="rw-fulltext" open={first}>
          <summary>{tn("regwatch.diff.fullText", version.sections.length)}</summary>
          <ol className="rw-section-list">
            {version.sections.map((section, index) => (
              <li key={`${section.section}-${index}`}>
                <h3 className="rw-section-name">{section.section}</h3>
                <p className="rw-section-text">{section.text}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
