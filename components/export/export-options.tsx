import { EXPORT_BACKGROUNDS, EXPORT_SIZE_IDS, type ExportBackground, type ExportSize } from "@/lib/export/presets";
import type { Messages } from "@/lib/i18n/messages";

/** Size and background pickers shared by the chart and map export menus. */
export function ExportOptions({
  idPrefix,
  size,
  background,
  onSize,
  onBackground,
  t,
}: {
  idPrefix: string;
  size: ExportSize;
  background: ExportBackground;
  onSize: (s: ExportSize) => void;
  onBackground: (b: ExportBackground) => void;
  t: { export: Pick<Messages["export"], "size" | "background" | "sizes" | "backgrounds"> };
}) {
  return (
    <div className="export__options">
      <label htmlFor={`${idPrefix}-size`}>{t.export.size}</label>
      <select id={`${idPrefix}-size`} value={size} onChange={(e) => onSize(e.target.value as ExportSize)}>
        {EXPORT_SIZE_IDS.map((s) => (
          <option key={s} value={s}>
            {t.export.sizes[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-bg`}>{t.export.background}</label>
      <select id={`${idPrefix}-bg`} value={background} onChange={(e) => onBackground(e.target.value as ExportBackground)}>
        {EXPORT_BACKGROUNDS.map((b) => (
          <option key={b} value={b}>
            {t.export.backgrounds[b]}
          </option>
        ))}
      </select>
    </div>
  );
}
