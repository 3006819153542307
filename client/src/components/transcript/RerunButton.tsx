import { useState } from "react";
import { useMutation, type CombinedError } from "urql";
import { graphql } from "../../gql";
import { errorMessageKey, hasErrorCode } from "../../graphql/errors";
import { useI18n } from "../../i18n";
import { useAnnounce } from "../LiveAnnouncer";

// The payload brings the meeting's transcript and runs along, so the cache (and the panel) update at once.
const RerunExtractionMutation = graphql(`
  mutation RerunExtraction($input: RerunExtractionInput!) {
    rerunExtraction(input: $input) {
      run {
        id
        ...RunStatus_ExtractionRun
        meeting {
          id
          ...TranscriptPanel_Meeting
        }
      }
    }
  }
`);

export interface RerunButtonProps {
  meetingId: string;
  disabled: boolean;
  /** The server refused for lack of consent: what the page shows is out of date. */
  onConsentRefused(): void;
}

/** "Kör analysen igen" over the stored transcript, with the server's refusal under it. */
export function RerunButton(props: RerunButtonProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [{ fetching }, rerun] = useMutation(RerunExtractionMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  async function start() {
    setError(null);
    const result = await rerun({ input: { meetingId: props.meetingId } });
    if (result.error) {
      setError(result.error);
      if (hasErrorCode(result.error, "CONSENT_REQUIRED")) props.onConsentRefused();
      return;
    }
    announce(t("transcript.announceRerun"));
  }

  return (
    <div className="rerun">
      <button
        type="button"
        className="button button-secondary"
        disabled={props.disabled || fetching}
        onClick={() => void start()}
      >
        {fetching ? t("transcript.rerunning") : t("transcript.rerun")}
      </button>
      {error ? (
        <p className="inline-error" role="alert">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </div>
  );
}
