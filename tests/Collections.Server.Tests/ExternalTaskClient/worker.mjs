// A Camunda external-task worker, unchanged from what runs against Camunda 7: fetch, complete with variables,
// report a failure, throw a BPMN error. Exits once each topic was handled; prints one JSON line per task.
import { Client, Variables, BasicAuthInterceptor } from "camunda-external-task-client-js";

const baseUrl = process.env.ENGINE_REST_URL;
const apiKey = process.env.API_KEY;
const deadline = setTimeout(() => { console.error("worker: timed out"); process.exit(2); }, 90_000);

const client = new Client({
  baseUrl,
  workerId: "js-worker",
  interval: 200,
  asyncResponseTimeout: 2000,
  lockDuration: 30_000,
  autoPoll: false,
  interceptors: new BasicAuthInterceptor({ username: "js-worker", password: apiKey }),
});

const pending = new Set(["js-complete", "js-fail", "js-bpmn-error"]);
const done = (topic, extra) => {
  console.log(JSON.stringify({ topic, ...extra }));
  pending.delete(topic);
  if (pending.size === 0) {
    clearTimeout(deadline);
    client.stop();
    process.exit(0);
  }
};

client.subscribe("js-complete", async ({ task, taskService }) => {
  const vars = new Variables();
  vars.set("greeting", "hola");
  vars.setTyped("amount", { value: 12.5, type: "Double", valueInfo: {} });
  await taskService.complete(task, vars);
  done("js-complete", { invoice: task.variables.get("invoice") });
});

client.subscribe("js-fail", async ({ task, taskService }) => {
  await taskService.handleFailure(task, { errorMessage: "SMTP refused", errorDetails: "550 mailbox unavailable", retries: 0, retryTimeout: 0 });
  done("js-fail", {});
});

client.subscribe("js-bpmn-error", async ({ task, taskService }) => {
  const vars = new Variables();
  vars.set("reason", "not received");
  await taskService.handleBpmnError(task, "PAYMENT_DISPUTED", "debtor disputes the invoice", vars);
  done("js-bpmn-error", {});
});

client.on("complete:error", (_, e) => console.error("complete:error", e?.message ?? e));
client.on("poll:error", (e) => console.error("poll:error", e?.message ?? e));
client.start();
