const decimal = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

/** "850 byte", "12,4 kB", "1,2 MB" (binary units, Swedish decimals). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} kB`;
  return `${decimal.format(bytes / (1024 * 1024))} MB`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A time offset in the meeting: "mm:ss", or "h:mm:ss" from one hour. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** ISO 8601 duration for <time dateTime>: "PT1M5S". */
export function offsetDuration(ms: number): string {
  return `PT${Math.max(0, Math.floor(ms / 1000))}S`;
}
