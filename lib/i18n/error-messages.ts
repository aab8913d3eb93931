import type { Locale } from "./locale";

/**
 * The words of the pages shown when a page itself fails (app/error.tsx, app/global-error.tsx).
 * Apart from the catalogue so that those client boundaries carry two short strings, not both
 * catalogues; messages.ts includes them, so the catalogue stays complete.
 */
export interface ErrorMessages {
  title: string;
  body: string;
  retry: string;
  home: string;
}

export const ERROR_MESSAGES: Record<Locale, ErrorMessages> = {
  en: {
    title: "This part of the page could not be shown",
    body: "Something went wrong while drawing it. The data and the link are fine: try again, or open the overview.",
    retry: "Try again",
    home: "Open the overview",
  },
  es: {
    title: "No se pudo mostrar esta parte de la página",
    body: "Algo falló al dibujarla. Los datos y el enlace están bien: vuelva a intentarlo o abra la vista general.",
    retry: "Reintentar",
    home: "Abrir la vista general",
  },
};

/** The language of the page in the browser (<html lang>), for boundaries that get no props. */
export function errorMessagesFor(lang: string | undefined): ErrorMessages {
  return lang?.startsWith("es") ? ERROR_MESSAGES.es : ERROR_MESSAGES.en;
}
