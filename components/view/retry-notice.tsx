/**
 * What a part of the page says when something it fetched or drew failed, with a button that tries
 * again; the rest of the page stays. Used by client leaves only (the button has a handler).
 */
export function RetryNotice({ text, retryText, onRetry, className }: { text: string; retryText: string; onRetry: () => void; className?: string }) {
  return (
    <p className={className ? `${className} small` : "small"} role="status">
      {text}{" "}
      <button type="button" className="button" onClick={onRetry}>
        {retryText}
      </button>
    </p>
  );
}
