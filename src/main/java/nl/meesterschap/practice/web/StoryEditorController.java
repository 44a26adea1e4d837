package nl.meesterschap.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.practice.internal.PublishRefusedException;
import nl.meesterschap.practice.internal.ReflectionModels;
import nl.meesterschap.practice.internal.Story;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.NotWaivableException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.PendingForms;

/**
 * Writing a story: choose a model, write step by step or on one page, autosave, resolve privacy findings in
 * place, publish. Every save first keeps what was typed; errors are shown next to their field.
 */
@Controller
@RequestMapping("/verhalen")
class StoryEditorController {

	private final StoryService stories;

	private final ReflectionModels models;

	private final EditorModel editor;

	private final PendingForms pendingForms;

	StoryEditorController(StoryService stories, ReflectionModels models, EditorModel editor, PendingForms pendingForms) {
		this.stories = stories;
		this.models = models;
		this.editor = editor;
		this.pendingForms = pendingForms;
	}

	@GetMapping("/nieuw")
	String chooseModel(Model model) {
		model.addAttribute("models", models.all());
		return "practice/new";
	}

	@PostMapping("/nieuw")
	String create(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam(defaultValue = "") String model,
			@RequestParam(defaultValue = "") String title, Model page, HttpServletResponse response) {
		try {
			Story story = stories.createDraft(me.personId(), model, title);
			String first = models.get(story.model()).stepKeys().get(0);
			return "redirect:/verhalen/" + story.id() + "/bewerken?stap=" + first;
		}
		catch (InvalidInputException e) {
			page.addAttribute("models", models.all());
			page.addAttribute("error", e.violations().get(0).code());
			page.addAttribute("title", title);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return "practice/new";
		}
	}

	@GetMapping("/{id}/bewerken")
	String edit(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(name = "stap", required = false) @Nullable String step, HttpSession session, Model model,
			Locale locale) {
		StoryService.Editing editing = stories.editing(me.personId(), id);
		StoryContent content = editing.content();
		var kept = pendingForms.take(session, "/verhalen/" + id + "/bewerken");
		if (kept.isPresent()) {
			content = KeptForms.restore(kept.get(), content);
			model.addAttribute("restored", true);
		}
		return editor.render(me, editing.story(), content, StoryForm.of(content), null, step, false,
				editing.workingCopySavedAt(), model, locale);
	}

	@PostMapping("/{id}/bewerken")
	String save(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(name = "stap", required = false) @Nullable String step,
			@RequestParam(defaultValue = "opslaan") String action, @ModelAttribute("form") StoryForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		StoryService.Editing editing = stories.editing(me.personId(), id);
		StoryContent content = form.over(editing.content());
		try {
			if (action.equals("publiceren")) {
				stories.save(me.personId(), id, content);
				stories.publish(me.personId(), id, content);
				redirect.addFlashAttribute("notice", editing.story().published() ? "story.republished" : "story.published");
				return "redirect:/verhalen/" + id;
			}
			stories.save(me.personId(), id, content);
		}
		catch (InvalidInputException e) {
			new InvalidInputException(e.violations().stream().map(StoryEditorController::onForm).toList()).applyTo(result);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return editor.render(me, editing.story(), content, form, result, step, false, null, model, locale);
		}
		catch (PublishRefusedException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("refused", true);
			// the whole story on one page, so every finding shows in place
			return editor.render(me, stories.owned(me.personId(), id), content, StoryForm.of(content), null, null, true,
					null, model, locale);
		}
		String target;
		if (action.startsWith("stap:")) {
			target = "?stap=" + action.substring("stap:".length());
		}
		else if (action.equals("vorige") || action.equals("volgende")) {
			target = "?stap=" + stepAfter(editing.story(), step == null ? "" : step, action);
		}
		else {
			target = step == null ? "" : "?stap=" + step;
		}
		redirect.addFlashAttribute("notice", "story.saved");
		return "redirect:/verhalen/" + id + "/bewerken" + target;
	}

	/** Background save (htmx): answers with the status line only. */
	@PostMapping("/{id}/autosave")
	String autosave(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@ModelAttribute("form") StoryForm form, Model model) {
		StoryService.Editing editing = stories.editing(me.personId(), id);
		try {
			StoryService.SaveResult saved = stories.save(me.personId(), id, form.over(editing.content()));
			model.addAttribute("savedAt", saved.savedAt());
			model.addAttribute("findings", saved.findings().size());
		}
		catch (InvalidInputException e) {
			model.addAttribute("autosaveError", e.violations().get(0));
		}
		return "practice/editor :: autosave-status";
	}

	/** One-click replacement of a finding by a placeholder; saves what was typed first. */
	@PostMapping("/{id}/privacy/vervangen")
	String replace(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(name = "stap", required = false) @Nullable String step, @RequestParam String replace,
			@ModelAttribute("form") StoryForm form, RedirectAttributes redirect) {
		saveQuietly(me, id, form);
		String[] parts = replace.split("\\|", 4);
		boolean done = parts.length == 4 && parts[1].matches("\\d{1,7}")
				&& stories.replace(me.personId(), id, parts[0], Integer.parseInt(parts[1]), parts[3], parts[2]);
		redirect.addFlashAttribute(done ? "notice" : "alert", done ? "story.privacy.replaced" : "story.privacy.changed");
		return "redirect:/verhalen/" + id + "/bewerken" + (step == null ? "" : "?stap=" + step) + "#privacy";
	}

	/** "This is not personal data": recorded with who and when; never for a BSN. */
	@PostMapping("/{id}/privacy/vrijgeven")
	String waive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(name = "stap", required = false) @Nullable String step, @RequestParam String waive,
			@ModelAttribute("form") StoryForm form, RedirectAttributes redirect) {
		saveQuietly(me, id, form);
		String[] parts = waive.split("\\|", 2);
		try {
			stories.waive(me.personId(), id, FindingType.valueOf(parts[0]), parts.length == 2 ? parts[1] : "");
			redirect.addFlashAttribute("notice", "story.privacy.waived");
		}
		catch (NotWaivableException e) {
			redirect.addFlashAttribute("alert", "privacy.not-waivable");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("alert", "story.privacy.changed");
		}
		return "redirect:/verhalen/" + id + "/bewerken" + (step == null ? "" : "?stap=" + step) + "#privacy";
	}

	@PostMapping("/{id}/werkkopie-weggooien")
	String discard(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, RedirectAttributes redirect) {
		stories.discardWorkingCopy(me.personId(), id);
		redirect.addFlashAttribute("notice", "story.working-copy.discarded");
		return "redirect:/verhalen/" + id;
	}

	@PostMapping("/{id}/archiveren")
	String archive(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id, RedirectAttributes redirect) {
		stories.archive(me.personId(), id);
		redirect.addFlashAttribute("notice", "story.archived");
		return "redirect:/verhalen/mijn";
	}

	@PostMapping("/{id}/verwijderen")
	String delete(@AuthenticationPrincipal AuthenticatedPerson me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
		if (!confirm.equals("ja")) {
			redirect.addFlashAttribute("alert", "story.delete.confirm");
			return "redirect:/verhalen/" + id;
		}
		stories.delete(me.personId(), id);
		redirect.addFlashAttribute("notice", "story.deleted");
		return "redirect:/verhalen/mijn";
	}

	/** A violation named as the service names fields ("steps.task"), renamed to the form's field ("steps[task]"). */
	static InvalidInputException.Violation onForm(InvalidInputException.Violation v) {
		String field = v.field();
		if (field.startsWith("steps.")) {
			field = "steps[" + field.substring(6) + "]";
		}
		else if (field.startsWith("principles.")) {
			field = "principleNotes[" + field.substring(11) + "]";
		}
		else if (field.equals("principles")) {
			field = "principleCodes";
		}
		return new InvalidInputException.Violation(field, v.code(), v.args());
	}

	private void saveQuietly(AuthenticatedPerson me, UUID id, StoryForm form) {
		try {
			stories.save(me.personId(), id, form.over(stories.editing(me.personId(), id).content()));
		}
		catch (InvalidInputException ignored) {
			// the replacement still applies to the last saved text; the editor then shows the problem
		}
	}

	private String stepAfter(Story story, String step, String action) {
		List<String> keys = models.get(story.model()).stepKeys();
		int index = keys.indexOf(step);
		if (index < 0) {
			return action.equals("vorige") ? keys.get(keys.size() - 1) : keys.get(0);
		}
		if (action.equals("vorige")) {
			return keys.get(Math.max(0, index - 1));
		}
		return index + 1 < keys.size() ? keys.get(index + 1) : "details";
	}

}
