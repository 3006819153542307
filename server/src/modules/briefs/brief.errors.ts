import { AppError, ErrorCode } from "../../platform/errors";

/** Why a brief cannot be made; travels as `extensions.reason` beside the code. */
export const BriefErrorReason = {
  /** A post-meeting brief for a meeting that has not started: there is nothing to sum up yet. */
  MEETING_NOT_STARTED: "MEETING_NOT_STARTED",
} as const;

/** CONFLICT: the meeting's state, not the request, stands in the way; it passes once the meeting starts. */
export const meetingNotStarted = (startsAt: Date) =>
  new AppError(ErrorCode.CONFLICT, "The meeting has not started yet: a post-meeting brief can be generated once it has", {
    reason: BriefErrorReason.MEETING_NOT_STARTED,
    startsAt: startsAt.toISOString(),
  });
