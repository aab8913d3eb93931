import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { ErrorBoundary } from "@/components/view/error-boundary";

let isBroken = false;
function Flaky() {
  const [id] = useState(() => Math.random());
  if (isBroken) throw new Error("plot failed");
  return <p data-id={id}>drawn</p>;
}

describe("ErrorBoundary", () => {
  beforeEach(() => {
    jest.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => jest.restoreAllMocks());

  it("shows the fallback instead of a child that throws, keeps its siblings, and draws the child again on retry", () => {
    isBroken = true;
    const onError = jest.fn();
    render(
      <div>
        <p>the rest of the page</p>
        <ErrorBoundary onError={onError} fallback={(retry) => <button onClick={retry}>Try again</button>}>
          <Flaky />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByText("the rest of the page")).toBeInTheDocument();
    expect(screen.queryByText("drawn")).toBeNull();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "plot failed" }));
    isBroken = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("drawn")).toBeInTheDocument();
  });
});
