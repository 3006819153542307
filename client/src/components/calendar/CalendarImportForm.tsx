import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Link } from "react-router";
import { useMutation, type CombinedError } from "urql";
import { graphql } from "../../gql";
import type { CalendarImportMutation } from "../../gql/graphql";
import { errorMessageKey, errorReasons } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { ICS_MAX_BYTES, importSummary, utf8Bytes } from "../../lib/calendar";
import { formatBytes } from "../../lib/format";
import { FilePicker, readAsText } from "../FilePicker";

const CalendarImportMutationDocument = graphql(`
  mutation CalendarImport($input: ImportCalendarInput!) {
    importCalendar(input: $input) {
      created
      updated
      cancelled
      unchanged
      meetings {
        id
        title
        startsAt
      }
    }
  }
`);

type ImportResult = CalendarImportMutation["importCalendar"];

const ACCEPTED = /\.(ics|ical|ifb|icalendar)$/i;

/** The server's reasons for refusing a file (BAD_USER_INPUT at input.ics), in words. */
const REASON_KEYS: Partial<Record<string, MessageKey>> = {
  INVALID_ICALENDAR: "calendar.import.invalid",
  TOO_MANY_OCCURRENCES: "calendar.import.tooManyOccurrences",
  TOO_COMPLEX: "calendar.import.tooComplex",
};

interface SelectedFile {
  name: string;
  size: number;
  content: string;
}

function MeetingLinks({ titleKey, meetings }: { titleKey: MessageKey; meetings: ImportResult["meetings"] }) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  if (meetings.length === 0) return null;
  return (
    <>
      <h4 id={headingId} className="import-list-title">
        {t(titleKey)}
      </h4>
      <ul className="plain-list import-meetings" aria-labelledby={headingId}>
        {meetings.map((meeting) => (
          <li key={meeting.id} data-testid="imported-meeting">
            <Link to={`/moten/${encodeURIComponent(meeting.id)}`}>
              {meeting.title}
              <span className="import-meeting-when">, {formatDateTime(meeting.startsAt)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Importera en kalenderfil" (editors): an .ics read in the browser, checked for size, then importCalendar. */
export function CalendarImportForm() {
  const { t, tn } = useI18n();
  const fileId = useId();
  const hintId = useId();
  const reasonId = useId();
  const [{ fetching }, importCalendar] = useMutation(CalendarImportMutationDocument);
  const [file, setFile] = useState<SelectedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  // Remounting the input clears the browser's selection after an import.
  const [inputKey, setInputKey] = useState(0);
  const readToken = useRef(0);
  const resultRef = useRef<HTMLDivElement>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    const token = ++readToken.current;
    setFile(null);
    setProblem(null);
    if (!chosen) return;
    if (!ACCEPTED.test(chosen.name)) {
      setProblem(t("calendar.import.wrongType"));
      return;
    }
    // Checked before reading and again on the text: the server counts UTF-8 bytes.
    if (chosen.size > ICS_MAX_BYTES) {
      setProblem(t("calendar.import.tooLarge", { size: formatBytes(chosen.size) }));
      return;
    }
    setReading(true);
    try {
      const content = await readAsText(chosen);
      if (token !== readToken.current) return;
      const bytes = utf8Bytes(content);
      if (bytes > ICS_MAX_BYTES) setProblem(t("calendar.import.tooLarge", { size: formatBytes(bytes) }));
      else setFile({ name: chosen.name, size: chosen.size, content });
    } catch {
      if (token === readToken.current) setProblem(t("calendar.import.readFailed"));
    } finally {
      if (token === readToken.current) setReading(false);
    }
  }

  function errorText(error: CombinedError): string {
    const status = (error.response as { status?: number } | undefined)?.status;
    if (status === 413 || errorReasons(error).includes("TOO_LARGE")) return t("calendar.import.tooLarge", { size: formatBytes(file?.size ?? 0) });
    const reasonKey = errorReasons(error).map((reason) => REASON_KEYS[reason]).find(Boolean);
    return t(reasonKey ?? errorMessageKey(error));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setProblem(null);
    setResult(null);
    const response = await importCalendar({ input: { ics: file.content } });
    const imported = response.data?.importCalendar;
    if (response.error || !imported) {
      setProblem(response.error ? errorText(response.error) : t("error.UNKNOWN"));
      return;
    }
    setResult(imported);
    setFile(null);
    setInputKey((key) => key + 1);
  }

  // Focus moves to the result (read out there), with the links to the meetings right after it.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const summary = result ? importSummary(result) : "";
  const disabledReason = !file && !reading ? t("calendar.import.chooseFile") : null;

  return (
    <form className="upload-form calendar-import" aria-labelledby={`${fileId}-title`} onSubmit={(event) => void submit(event)} data-testid="calendar-import">
      <h3 id={`${fileId}-title`}>{t("calendar.import.title")}</h3>
      <fieldset className="plain-fieldset" disabled={fetching}>
        <FilePicker
          id={fileId}
          hintId={hintId}
          inputKey={inputKey}
          accept=".ics,.ical,.ifb,.icalendar,text/calendar"
          label={t("calendar.import.file")}
          buttonLabel={t("calendar.import.chooseFileButton")}
          hint={t("calendar.import.fileHint")}
          file={file}
          selectedText={(name, size) => t("calendar.import.selected", { name, size })}
          emptyText={t("calendar.import.noFileChosen")}
          readingText={t("calendar.import.reading")}
          reading={reading}
          onChange={(event) => void choose(event)}
          testIds={{ input: "calendar-import-file", selected: "calendar-selected-file" }}
        />
      </fieldset>
      {problem ? (
        <p className="inline-error" role="alert" data-testid="calendar-import-error">
          {problem}
        </p>
      ) : null}
      <p className="upload-actions">
        <button type="submit" className="button" disabled={!file || reading || fetching} aria-describedby={disabledReason ? reasonId : undefined}>
          {fetching ? t("calendar.import.submitting") : t("calendar.import.submit")}
        </button>
      </p>
      {disabledReason ? (
        <p id={reasonId} className="meta">
          {disabledReason}
        </p>
      ) : null}
      {result ? (
        <div ref={resultRef} tabIndex={-1} className="import-result" data-testid="calendar-import-result">
          <p className="success-message" data-testid="calendar-import-summary">
            {summary ? t("calendar.import.done", { summary }) : t("calendar.import.nothing")}
          </p>
          <MeetingLinks titleKey="calendar.import.createdList" meetings={result.meetings.slice(0, result.created)} />
          <MeetingLinks titleKey="calendar.import.updatedList" meetings={result.meetings.slice(result.created, result.created + result.updated)} />
          {result.meetings.length < result.created + result.updated ? (
            <p className="meta">{tn("calendar.import.moreNotListed", result.created + result.updated - result.meetings.length)}</p>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
