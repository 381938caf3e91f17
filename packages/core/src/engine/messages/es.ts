import type { MessageCatalog } from "./types.js";

// The engine's own words in Spanish (US pharmacy-technician vocabulary). Pathway content (titles,
// summaries) stays as written. Every entry uses the same placeholders as its English one; a test
// keeps them in step.

/**
 * The Spanish message catalog: pass it as `messages` to any engine function or renderer.
 *
 * @example
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24", messages: spanishMessages });
 * console.log(renderRecommendations(next, { messages: spanishMessages }));
 */
export const spanishMessages: MessageCatalog = {
  "format.date": "{day}/{month}/{year}",
  "format.money": "{amount} {currency}",
  "format.money.USD": "${amount}",
  "amount.experience":
    "{amount} {unit, select, years {{amount, plural, one {año} other {años}}} months {{amount, plural, one {mes} other {meses}}} other {{amount, plural, one {hora} other {horas}}}}",
  "scope.experience":
    "{roleTitle, select, none {} other { como {roleTitle}}}{settingTitle, select, none {} other { en {settingTitle}}}{withinAmount, select, none {} other { en {withinUnit, select, years {los últimos {withinAmount} años} months {los últimos {withinAmount} meses} weeks {las últimas {withinAmount} semanas} other {los últimos {withinAmount} días}}}}",
  "entity.step": "«{title}»",
  "entity.role": "el puesto de {title}",
  "ce.category-short": "{needed} h de {title}",
  "ce.progress":
    "{met, select, true {las {required} horas de CE de este ciclo están completas} other {cuentan {counted} de {required} horas de CE hasta ahora; pendientes: {needed}}}{notAccepted, select, 0 {} other { ({notAccepted, plural, one {# hora} other {# horas}} de CE del ciclo {notAccepted, plural, one {es} other {son}} de un tipo que esta renovación no acepta)}}",
  "filing.on-time":
    "presente la renovación antes del {fileBy, date} {lateFee, select, none {para hacerlo a tiempo} other {para evitar el recargo de {lateFee, money} por demora}}",
  "filing.late":
    "la renovación debía presentarse antes del {fileBy, date}{lateFee, select, none {} other {, así que ahora se aplica el recargo de {lateFee, money} por demora}}",

  "goal-route": "Está en la ruta más rápida hacia {title} (alcanzable el {finish, date}).",
  "goal-advances": "Le ayuda a avanzar hacia {title}.",
  unlocks:
    "Le abre {count, plural, one {# opción más} other {# opciones más}}: {names, join, {, }}{others, select, 0 {} other { y {others, plural, one {# más} other {# más}}}}.",
  "renewal-due":
    "{before, select, true {Es necesario antes de renovar su credencial {title}, que {@renewal.verb}.} other {Su credencial {title} {@renewal.verb}{filesFrom, select, none {} other {; puede presentar la renovación desde el {filesFrom, date}}}{ceNeeded, select, none {} other {; antes le {ceNeeded, plural, one {falta # hora} other {faltan # horas}} de CE}}.}}",
  "renewal.verb":
    "{state, select, expired {venció el {expires, date}; reactívela antes del {deadline, date}} other {vence el {expires, date}{filing, select, none {} other {; {filing}}}}}",
  "ce-needed":
    "Cuenta para renovar su credencial {title}: {categories, select, none {{hours, plural, one {falta # hora} other {faltan # horas}}} other {faltan {categories, join, { y }}}} antes del {deadline, date}{toFileOnTime, select, true { para presentar a tiempo} other {}}.",
  cost: "Cuesta {cost, money}{budget, select, none {} other {, dentro de su presupuesto de {budget, money}}}.",
  "over-budget": "Cuesta {cost, money}, más que su presupuesto de {budget, money}.",
  time: "Requiere unas {hours} horas: {weeks, plural, one {# semana} other {# semanas}} a sus {hoursPerWeek} horas por semana.",
  "strategy-mix":
    "{repeats, plural, one {# paso} other {# pasos}} de «{strategyTitle}» ya {repeats, plural, one {está} other {están}} más arriba, así que otros tipos de avance tienen su turno.",
  "credential-lapsed":
    "Su credencial {title} venció el {expired, date} y ya no puede reactivarse, así que debe obtenerla de nuevo.",

  "status-no-expiry": "{title}: la tiene desde el {earned, date}; la ruta no le fija vencimiento.",
  "status-expired":
    "{title} venció el {expires, date}; {next, select, reinstate {puede reactivarse hasta el {reinstatableUntil, date}} passed {ya pasó el plazo para reactivarla, así que debe obtenerla de nuevo} other {debe obtenerla de nuevo}}.",
  "status-current":
    "{filing, select, none {{title} {@status.when}{renewable, select, true {{ce, select, none {} other {; {ce}}}} other {; no puede renovarse}}} other {{filingLate, select, true {{title} {@status.when}; {filing}{ce, select, none {} other {; {ce}}}} other {{title}: {filing}; {state, select, expiring {} other {}}{@status.when}{ce, select, none {} other {; {ce}}}}}}}.",
  "status.when":
    "{state, select, expiring {vence el} other {vigente hasta el}} {expires, date} ({daysLeft, plural, one {queda # día} other {quedan # días}})",
  "ce-feasibility":
    "Necesita {needed, plural, one {# hora más de CE} other {# horas más de CE}} antes del {deadline, date}{toFileOnTime, select, true { para presentar a tiempo} other {}} ({span, select, days {{days, plural, one {# día} other {# días}}} other {{weeks} semanas}}): unas {perWeek, plural, one {# hora} other {# horas}} por semana{fits, select, true {, dentro de sus {hoursPerWeek, plural, one {# hora} other {# horas}} por semana} false {, más que sus {hoursPerWeek}: {reinstatableUntil, select, none {} other {planee la reactivación (hasta el {reinstatableUntil, date}) o }}dedique más tiempo} other {}}.{uncoveredTitles, select, none {} other { Ningún paso disponible ahora otorga CE en {uncoveredTitles, join, { ni }}.}}",

  "missing-credential": "Obtenga {title}.",
  "missing-credential-renew": "Renueve {title}, que venció el {expired, date}.",
  "missing-credential-lapsed":
    "Obtenga {title} de nuevo: venció el {expired, date} y ya no puede reactivarse.",
  "missing-step": "Complete «{title}».",
  "missing-role": "Trabaje como {title}.",
  "missing-setting": "Trabaje en {title}.",
  "missing-jurisdiction": "Trabaje en {jurisdiction}.",
  "missing-experience": "Acumule {amount} más de experiencia{scope}.",
  "missing-absence": "Necesita lo contrario de: {inner, lower}",

  "trace-all-hold": "Se cumplen las {total} condiciones.",
  "trace-all-short": "Se cumplen {holding} de {total} condiciones; se necesitan todas.",
  "trace-any-hold": "Se cumplen {holding} de {total} opciones; basta con una.",
  "trace-any-none": "No se cumple ninguna de las {total} opciones; basta con una.",
  "trace-at-least": "Se cumplen {holding} de las {needed} necesarias (de {total}).",
  "trace-not-holds": "Se cumple porque no se da lo contrario: {inner, lower}",
  "trace-not-fails": "No puede cumplirse mientras se dé lo contrario: {inner, lower}",
  "trace-credential-held": "Tiene {title}.",
  "trace-credential-held-as": "Tiene {heldTitle}, que cuenta como {title}.",
  "trace-credential-expired": "Su credencial {title} venció el {expired, date}.",
  "trace-credential-missing": "No tiene {title}.",
  "trace-step-done": "Completó «{title}» el {done, date}.",
  "trace-step-missing": "No ha completado «{title}».",
  "trace-role-held": "Ha trabajado como {title}.",
  "trace-role-through":
    "Su trabajo como {throughTitle} cuenta como {title} mientras tenga lo que requiere (desde el {from, date}).",
  "trace-role-missing": "No ha trabajado como {title}.",
  "trace-setting-held": "Ha trabajado en {title}.",
  "trace-setting-missing": "No ha trabajado en {title}.",
  "trace-jurisdiction-in": "Trabaja en {where}, que está en {jurisdiction}.",
  "trace-jurisdiction-other":
    "Esto se aplica en {jurisdiction}; {where, select, none {su perfil no indica una jurisdicción} other {su perfil dice que trabaja en {where}}}.",
  "trace-experience": "Experiencia{scope}: tiene {have}, necesita {need}.",

  "step-unknown": "La ruta no tiene el paso `{step}`.",
  "step-done": "Completó «{title}» el {done, date}.",
  "step-credential-held": "Ya tiene {title}.",
  "step-role-held": "Ya trabaja como {title}.",
  "step-nothing-to-renew": "No tiene {title}, así que no hay nada que renovar.",
  "step-renewal-lapsed":
    "{title} venció el {expires, date} y ya no puede renovarse; obténgala de nuevo.",
  "step-renewal-not-due": "{title} aún no debe renovarse: {status, lower}",
  "step-blocked": "«{title}» aún no está disponible: {missing, join, {; }, clause}.",
  "step-available":
    "«{title}» está disponible{requirements, select, true {: se cumplen sus requisitos} other {}}.",

  "explain-role-works": "Trabaja, o ha trabajado, como {title}.",
  "explain-role-ready": "Cumple los requisitos de {title}.",
  "explain-role-blocked": "Aún no cumple los requisitos de {title}: {missing, join, {; }, clause}.",
  "explain-credential-eligible":
    "{status, select, none {} other {{status} }}Cumple los requisitos para {title}.",
  "explain-credential-blocked":
    "{status, select, none {} other {{status} }}Aún no cumple los requisitos para {title}: {missing, join, {; }, clause}.",

  "plan-reached": "Ya alcanzó {title}.",
  "plan-ready-now": "Ya cumple los requisitos de {title}.",
  "plan-wait-only":
    "Puede alcanzar {title} el {finish, date}: sin pasos nuevos, solo con tiempo para acumular experiencia.",
  "plan-route":
    "Puede alcanzar {title} el {finish, date} con {steps, plural, one {# paso} other {# pasos}}{waits, select, true {, incluido el tiempo para acumular experiencia} other {}}.",
  "plan-unreachable":
    "No se puede alcanzar {title}: {blocker, select, none {no hay ruta} other {{blocker, lower}}}",
  "item-step": "{title}",
  "item-role": "Asumir el puesto: {title}",
  "item-setting": "Pasar a {title}",
  "item-wait": "Acumular {amount} de experiencia{scope}",
  "purpose-goal": "la meta",
  "purpose-for": "para {kind, select, step {«{title}»} other {{title}}}",
  "blocker-undefined":
    "La ruta no define {kind, select, step {el paso} role {el puesto} setting {el entorno} other {la credencial}} `{id}`.",
  "blocker-no-grant": "Ningún paso de la ruta otorga {title}.",
  "blocker-cycle": "Sus requisitos forman un círculo a través de {key}.",
  "blocker-role-lapses":
    "Los requisitos de {title} ya no se cumplen el {day, date}, cuando puede cambiar de empleo.",
  "blocker-step-lapses":
    "Los requisitos de «{title}» ya no se cumplen el {day, date}, cuando puede cambiar de empleo.",
  "blocker-jurisdiction":
    "Solo se aplica en {jurisdiction}, y {where, select, none {el perfil no indica una jurisdicción} other {el perfil dice que trabaja en {where}}}.",
  "blocker-not-route": "Necesita lo contrario de algo que la ruta haría cierto: {inner, lower}",
  "blocker-not-true": "Necesita lo contrario de algo que ya es cierto: {inner, lower}",
  "blocker-one-day": "Sus requisitos no pueden cumplirse todos el mismo día.",
  "blocker-at-least": "Solo pueden cumplirse {reachable} de las opciones, y se necesitan {needed}.",
  "blocker-experience":
    "El trabajo del plan no llegaría a {amount} de experiencia{scope} en 60 años.",
  "blocker-no-role-in-setting": "No se puede llegar a ningún puesto de {title} para trabajar allí.",
  "assume-no-job":
    "El perfil no indica un puesto actual, así que no se supone experiencia acumulada hasta que el plan asuma uno.",
  "assume-job":
    "Sigue trabajando como {roleTitle}{settingTitle, select, none {} other { en {settingTitle}}} {hoursPerWeek, plural, one {# hora} other {# horas}} por semana{recorded, select, true {} other { (el perfil no indica un empleo actual, así que se supone)}}, y asume cada puesto del plan en cuanto cumpla los requisitos.",
  "assume-counts-as":
    "Su trabajo como {roleTitle} cuenta como {asTitle} desde el {from, date}, mientras conserve las credenciales que requiere.",
  "assume-setting-unlisted":
    "Puede trabajar como {roleTitle} en {settingTitle}, aunque la ruta no lo indica para ese puesto.",
  "assume-search-capped":
    "La ruta ofrece demasiadas alternativas para compararlas todas (más de {max}); a partir de ahí este plan toma la primera que funciona, que puede no ser la más rápida.",

  "render.next-steps": "Próximos pasos al {date, date}:",
  "render.no-steps": "Ahora no hay ningún paso disponible; vea abajo lo que está cerca.",
  "render.step":
    "{rank}. {title} [{strategyTitle}] (puntuación {score}){deadline, select, none {} other { — antes del {deadline, date}}}",
  "render.credentials": "Credenciales:",
  "render.ce-category":
    "{title}: {counted} h contadas ({minimum, select, none {{maximum, select, none {} other {como máximo {maximum}}}} other {al menos {minimum}{maximum, select, none {} other {, como máximo {maximum}}}}}){needed, select, 0 {} other {, pendientes: {needed}}}",
  "render.goals": "Metas:",
  "render.close": "Cerca (falta una cosa):",
  "render.close-step": "{title}: primero, {missing, lower}",
  "render.close-more": "… y {count} más",
  "render.blocker": "{blocker}{chain, select, none {} other { (vía {chain, join, { → }})}}",
  "render.plan-item":
    "{same, select, true {{start, date}} other {{start, date} → {finish, date}}}  {title} ({because})",
  "render.plan-total":
    "Total: {steps, plural, one {# paso} other {# pasos}}, {cost, select, none {sin costo indicado} other {{cost, join, { + }}}}, {hours} horas de esfuerzo indicado, {weeks} semanas hasta el {finish, date}.",
  "render.assumes": "Supone: {assumption}",
  "render.explanation":
    "{title} ({kind, select, step {paso} role {puesto} other {credencial}} {id}): {state, select, done {completado} available {disponible} blocked {bloqueado} not-needed {no necesario} held {obtenido} ready {listo} active {vigente} expiring {por vencer} expired {vencido} eligible {cumple requisitos} other {{state}}}",
  "render.requirements": "Requisitos:",
  "render.what-would-help": "Qué lo haría disponible:",
};
