import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useI18n } from "../i18n";

export interface ToastOptions {
  message: string;
  /** Undo the change; the toast closes when it resolves (and shows its own message when it fails). */
  undo?: () => Promise<boolean>;
}

interface ToastEntry extends ToastOptions {
  id: number;
  state: "shown" | "undoing" | "undone" | "undoFailed";
}

type ShowToast = (options: ToastOptions) => void;

const ToastContext = createContext<ShowToast>(() => {});

/** How long a toast stays (longer with an undo: people need time to reach the button). */
const TOAST_MS = 6_000;
const UNDO_TOAST_MS = 10_000;
const MAX_TOASTS = 3;

/**
 * Feedback after a change, with undo where it makes sense: a polite live region at the bottom of
 * the screen, newest last, at most three at once. A toast stays while the pointer or focus is on it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const next = useRef(1);
  const show = useCallback<ShowToast>((options) => {
    const id = next.current++;
    setToasts((current) => [...current, { ...options, id, state: "shown" as const }].slice(-MAX_TOASTS));
  }, []);
  const close = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  const update = useCallback(
    (id: number, state: ToastEntry["state"]) => setToasts((current) => current.map((t) => (t.id === id ? { ...t, state } : t))),
    [],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="region" aria-label={t("toast.region")} data-testid="toasts">
        <ol className="toast-list" aria-live="polite" aria-relevant="additions text">
          {toasts.map((toast) => (
            <Toast key={toast.id} toast={toast} onClose={() => close(toast.id)} onState={(state) => update(toast.id, state)} />
          ))}
        </ol>
      </div>
    </ToastContext.Provider>
  );
}

function Toast({ toast, onClose, onState }: { toast: ToastEntry; onClose(): void; onState(state: ToastEntry["state"]): void }) {
  const { t } = useI18n();
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held || toast.state === "undoing") return;
    const timer = window.setTimeout(onClose, toast.undo && toast.state === "shown" ? UNDO_TOAST_MS : TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [held, toast.state, toast.undo, onClose]);

  async function undo() {
    if (!toast.undo) return;
    onState("undoing");
    const ok = await toast.undo();
    onState(ok ? "undone" : "undoFailed");
  }

  const text =
    toast.state === "undone" ? t("toast.undone") : toast.state === "undoFailed" ? t("toast.undoFailed") : toast.message;
  return (
    <li
      className={`toast${toast.state === "undoFailed" ? " toast-error" : ""}`}
      data-testid="toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="toast-text">{text}</span>
      {toast.undo && (toast.state === "shown" || toast.state === "undoing") ? (
        <button type="button" className="button button-small toast-undo" disabled={toast.state === "undoing"} onClick={() => void undo()}>
          {t("toast.undo")}
        </button>
      ) : null}
      <button type="button" className="toast-close" onClick={onClose} aria-label={t("toast.close")}>
        ×
      </button>
    </li>
  );
}

export function useToast(): ShowToast {
  return useContext(ToastContext);
}
