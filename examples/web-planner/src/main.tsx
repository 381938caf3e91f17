import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import "./styles.css";

// The engine never reads the clock; the page does, once, for profiles without a date.
const today = new Date().toISOString().slice(0, 10);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App today={today} />
  </StrictMode>,
);
