import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { useI18n } from "../../i18n";
import { formatBytes } from "../../lib/format";

export const TranscriptFactsFragment = graphql(`
  fragment TranscriptFacts_Transcript on Transcript {
    id
    format
    filename
    byteSize
    segmentCount
    speakerCount
    createdAt
    uploadedBy {
      id
      name
    }
  }
`);

/** What is known of the attached transcript without reading it: file, format, size, who and when. */
export function TranscriptFacts(props: { transcript: FragmentType<typeof TranscriptFactsFragment> }) {
  const transcript = getFragmentData(TranscriptFactsFragment, props.transcript);
  const { t, formatDateTime } = useI18n();
  return (
    <dl className="transcript-facts" data-testid="transcript-meta">
      <div>
        <dt>{t("transcript.filename")}</dt>
        <dd>{transcript.filename ?? t("transcript.noFilename")}</dd>
      </div>
      <div>
        <dt>{t("transcript.format")}</dt>
        <dd>{t(`transcriptFormat.${transcript.format}`)}</dd>
      </div>
      <div>
        <dt>{t("transcript.segments")}</dt>
        <dd>{transcript.segmentCount}</dd>
      </div>
      <div>
        <dt>{t("transcript.speakers")}</dt>
        <dd>{transcript.speakerCount}</dd>
      </div>
      <div>
        <dt>{t("transcript.size")}</dt>
        <dd>{formatBytes(transcript.byteSize)}</dd>
      </div>
      <div>
        <dt>{t("transcript.uploadedAt")}</dt>
        <dd>
          <time dateTime={transcript.createdAt}>
            {transcript.uploadedBy
              ? t("transcript.uploadedBy", { date: formatDateTime(transcript.createdAt), name: transcript.uploadedBy.name })
              : formatDateTime(transcript.createdAt)}
          </time>
        </dd>
      </div>
    </dl>
  );
}
