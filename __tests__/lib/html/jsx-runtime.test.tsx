/** @jest-environment node */
/** @jsxImportSource @/lib/html */
import { Html, type Child } from "@/lib/html/jsx-runtime";

/** JSX written as the page's components are, rendered to an HTML string without React. */
function Item({ label, children }: { label: string; children?: Child }) {
  return (
    <li className="item" aria-label={label}>
      {children}
    </li>
  );
}

describe("the static JSX runtime", () => {
  it("writes elements with React's prop names as HTML's, escaped text and attributes, nested components and fragments", () => {
    const list = (
      <ul className="list" data-x={3}>
        {["a", "b"].map((k) => (
          <Item key={k} label={`<${k}> & "q"`}>
            {k} &amp; {1_000}
          </Item>
        ))}
        <>
          <li>
            <label htmlFor="f">tab</label>
            <section tabIndex={0} hidden>
              x
            </section>
          </li>
        </>
      </ul>
    );
    expect(list).toBeInstanceOf(Html);
    expect(String(list)).toBe(
      '<ul class="list" data-x="3"><li class="item" aria-label="&lt;a&gt; &amp; &quot;q&quot;">a &amp; 1000</li>' +
        '<li class="item" aria-label="&lt;b&gt; &amp; &quot;q&quot;">b &amp; 1000</li><li><label for="f">tab</label><section tabindex="0" hidden="">x</section></li></ul>',
    );
  });

  it("leaves out false, null and undefined (attributes and children), writes void elements without an end tag, keeps given markup", () => {
    const shown = false;
    expect(
      String(
        <p title={undefined} lang={null as unknown as string} hidden={false}>
          {shown && <b>no</b>}
          {null}
          {undefined}ok
          <br />
        </p>,
      ),
    ).toBe("<p>ok<br></p>");
    expect(String(<div dangerouslySetInnerHTML={{ __html: "<svg></svg>" }} />)).toBe("<div><svg></svg></div>");
  });

  it("escapes a hostile text that looks like markup, and refuses handlers and object attributes", () => {
    expect(String(<p>{"<script>alert(1)</script>"}</p>)).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(() => <button onClick={() => undefined}>x</button>).toThrow(/attribute "onClick" cannot be written as HTML/);
    expect(() => <p style={{ width: 3 }}>x</p>).toThrow(/style "width" must be a string/);
    expect(() => <p data-x={{} as string}>x</p>).toThrow(/attribute "data-x"/);
  });

  it("writes a style object of strings as CSS text, escaped, and leaves out an empty one", () => {
    expect(String(<span style={{ borderColor: "#0072B2", background: undefined }}>x</span>)).toBe('<span style="border-color:#0072B2">x</span>');
    expect(String(<span style={{ color: '"><b>' }} />)).toBe('<span style="color:&quot;&gt;&lt;b&gt;"></span>');
    expect(String(<span style={{}} />)).toBe("<span></span>");
  });
});
