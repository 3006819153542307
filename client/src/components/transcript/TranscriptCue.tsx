import { graphql } from "../../gql";
import type { TranscriptCue_SegmentFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { formatOffset, offsetDuration } from "../../lib/format";
import { highlight } from "./highlight";

export const TranscriptCueFragment = graphql(`
  fragment TranscriptCue_Segment on TranscriptSegment {
    index
    speaker
    startMs
    endMs
    text
  }
`);

export interface TranscriptCueProps {
  cue: TranscriptCue_SegmentFragment;
  /** The filter box's words, marked wherever they occur. */
  query: string;
  /** Set on the cue an item's evidence points at, with the quote to mark. */
  target: { quote: string | null } | null;
}

export const cueElementId = (index: number) => `transkript-${index}`;

/** One cue: time code, speaker and what was said. The evidence's cue takes focus when jumped to. */
export function TranscriptCue({ cue, query, target }: TranscriptCueProps) {
  const { t } = useI18n();
  return (
    <li
      id={cueElementId(cue.index)}
      className={`transcript-cue${target ? " is-target" : ""}`}
      data-testid="transcript-cue"
      data-index={cue.index}
      tabIndex={target ? -1 : undefined}
    >
      <p className="transcript-cue-head">
        <time className="transcript-time" dateTime={offsetDuration(cue.startMs)}>
          {formatOffset(cue.startMs)}
        </time>
        <span className="transcript-speaker">{highlight(cue.speaker, [{ text: query, className: "transcript-match" }])}</span>
        {target ? (
          <span className="badge badge-evidence" data-testid="transcript-evidence">
            {t("transcriptViewer.evidence")}
          </span>
        ) : null}
      </p>
      <p className="transcript-text">
        {highlight(cue.text, [
          { text: target?.quote, className: "transcript-quote" },
          { text: query, className: "transcript-match" },
        ])}
      </p>
    </li>
  );
}
