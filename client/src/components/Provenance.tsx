import { useId, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useI18n, type I18n } from "../i18n";
import { formatOffset, offsetDuration } from "../lib/format";
import { transcriptLinkTo, type TranscriptJumpState } from "./transcript/transcriptLink";

/** Where a decision or action item came from: the quote, its time in the meeting and who made it. */
export const DecisionProvenanceFragment = graphql(`
  fragment DecisionProvenance_Decision on Decision {
    id
    source
    confidence
    evidence {
      quote
      segment
      startMs
    }
  }
`);

export const ActionItemProvenanceFragment = graphql(`
  fragment ActionItemProvenance_ActionItem on ActionItem {
    id
    source
    confidence
    evidence {
      quote
      segment
      startMs
    }
  }
`);

/**
 * Whether this person may read the transcript (editors): the meeting page has asked already, so
 * this is answered from the cache and never goes to the server.
 */
const ProvenanceViewerQuery = graphql(`
  query ProvenanceViewer {
    viewer {
      canEdit
    }
  }
`);

/** Quotes longer than this are cut, with a button to show the whole quote. */
const QUOTE_PREVIEW_CHARS = 180;

/** "manual" → Manuellt, "local-heuristic@1.2" → Automatiskt (lokal analys), otherwise the model's name. */
export function sourceLabel(source: string, t: I18n["t"]): string {
  if (source === "manual") return t("provenance.manual");
  if (source.startsWith("local-heuristic@") || source === "local-heuristic") return t("provenance.local");
  return t("provenance.model", { name: source });
}

interface ProvenanceData {
  source: string;
  confidence?: number | null;
  evidence?: { quote: string; segment: number; startMs: number } | null;
}

function Provenance({ source, confidence, evidence }: ProvenanceData) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const quoteId = useId();
  const [{ data: viewerData }] = useQuery({ query: ProvenanceViewerQuery, requestPolicy: "cache-only" });
  const canReadTranscript = viewerData?.viewer.canEdit ?? false;
  const label = sourceLabel(source, t);
  const confidenceText =
    typeof confidence === "number" ? t("provenance.confidence", { percent: Math.round(confidence * 100) }) : null;

  if (!evidence) {
    return (
      <p className="meta provenance provenance-manual" data-testid="provenance" data-source={source}>
        {t("provenance.label")}: {label}
      </p>
    );
  }

  const long = evidence.quote.length > QUOTE_PREVIEW_CHARS;
  const shown = long && !expanded ? `${evidence.quote.slice(0, QUOTE_PREVIEW_CHARS).trimEnd()} …` : evidence.quote;
  return (
    <figure className="provenance" data-testid="provenance" data-source={source}>
      <blockquote id={quoteId} className="evidence-quote" aria-label={t("provenance.quote")}>
        <p>{shown}</p>
      </blockquote>
      <figcaption className="meta">
        <time dateTime={offsetDuration(evidence.startMs)}>{t("provenance.at", { time: formatOffset(evidence.startMs) })}</time>
        <span> · {label}</span>
        {confidenceText ? <span> · {confidenceText}</span> : null}
        {canReadTranscript ? (
          <>
            {" · "}
            <Link
              to={transcriptLinkTo(evidence.segment)}
              state={{ transcriptQuote: evidence.quote } satisfies TranscriptJumpState}
              data-testid="show-in-transcript"
            >
              {t("provenance.showInTranscript")}
              <span className="visually-hidden"> ({t("provenance.at", { time: formatOffset(evidence.startMs) })})</span>
            </Link>
          </>
        ) : null}
        {long ? (
          <>
            {" · "}
            <button
              type="button"
              className="link-button"
              aria-expanded={expanded}
              aria-controls={quoteId}
              onClick={() => setExpanded((value) => !value)}
            >
              {t(expanded ? "provenance.showLess" : "provenance.showMore")}
            </button>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}

export function DecisionProvenance(props: { decision: FragmentType<typeof DecisionProvenanceFragment> }) {
  const decision = getFragmentData(DecisionProvenanceFragment, props.decision);
  return <Provenance source={decision.source} confidence={decision.confidence} evidence={decision.evidence} />;
}

export function ActionItemProvenance(props: { item: FragmentType<typeof ActionItemProvenanceFragment> }) {
  const item = getFragmentData(ActionItemProvenanceFragment, props.item);
  return <Provenance source={item.source} confidence={item.confidence} evidence={item.evidence} />;
}
