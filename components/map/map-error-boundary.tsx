"use client";

import { Component, type ReactNode } from "react";

/** Shows `fallback` instead of the map when MapLibre cannot start (e.g. no WebGL). */
export class MapErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError(): { hasFailed: boolean } {
    return { hasFailed: true };
  }

  override render() {
    return this.state.hasFailed ? this.props.fallback : this.props.children;
  }
}
