;;; check.el --- Emacs 28 + eglot 1.9 (Debian's emacs-nox, elpa-eglot) as a real LSP client  -*- lexical-binding: t -*-
;;
;; Starts `node dist/server.js --stdio' through eglot on the open briefing and
;; checks what an Emacs user gets: diagnostics in Flymake (each code, the
;; misspelt key underlined exactly), hovers as eldoc shows them (a citation's
;; source card, a flagged claim's finding with and without evidence),
;; citation-key completion after `[@' through `completion-at-point' (the
;; keys offered, then one completed into the buffer), and a quick fix applied
;; through eglot's own code-action path, after which the finding goes away.
;; Run by test/editor/emacs.ts:
;;   SOURCED_SERVER=dist/server.js SOURCED_EMACS_RESULT=out.json SOURCED_EMACS_KEYS=keys.txt \
;;   emacs --batch -Q -l check.el briefing.md
;; SOURCED_EMACS_KEYS names a file with the corpus's citation keys, one a line
;; (the oracle, from `sourced sources --json'); SOURCED_EMACS_SERVER_PID gets
;; the server's pid, so the runner can kill its process group whatever happens.
;; Writes a JSON result and exits 0 when every check passed, 1 otherwise.
;; Every wait is bounded; --batch has no idle timers, so the didChange that
;; eglot sends from one is sent explicitly after each edit.

(require 'package)
;; -Q skips Debian's elpa-* packages: add their folder before package-initialize.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)
(require 'subr-x)

;; Debian's elpa-markdown-mode renders hovers (gfm-view-mode); without it a
;; plain mode named markdown-mode makes eglot send languageId "markdown" and
;; hovers arrive as raw Markdown, which is what most eglot users see.
(defvar sourced-markdown-mode-package (and (require 'markdown-mode nil t) t))
(unless sourced-markdown-mode-package
  (define-derived-mode markdown-mode text-mode "Markdown"))

(defvar sourced-server (or (getenv "SOURCED_SERVER") (error "SOURCED_SERVER is not set")))
(defvar sourced-out (or (getenv "SOURCED_EMACS_RESULT") (error "SOURCED_EMACS_RESULT is not set")))
(add-to-list 'eglot-server-programs `(markdown-mode . ("node" ,sourced-server "--stdio")))
(setq-default eglot-workspace-configuration '(:sourced (:corpus (:folders ["corpus"]) :quotes (:insertStyle "inline"))))
(setq eglot-sync-connect 10 eglot-connect-timeout 30 eglot-autoshutdown nil)

(defvar sourced-checks nil "Checks so far, newest first: alists of name, ok, ms, detail.")
(defvar sourced-result nil "Other facts for the result file.")
(defvar sourced-check-started (float-time))

(defun sourced-check (name ok &optional detail)
  (push `((name . ,name) (ok . ,(if ok t :json-false)) (ms . ,(round (* 1000 (- (float-time) sourced-check-started))))
          (detail . ,(if (stringp detail) detail (format "%S" detail))))
        sourced-checks)
  (setq sourced-check-started (float-time)))

(defun sourced-finish ()
  (let ((failed (cl-count-if (lambda (c) (eq (alist-get 'ok c) :json-false)) sourced-checks)))
    (with-temp-file sourced-out
      (insert (json-encode `((emacs . ,emacs-version) (eglot . ,(let ((desc (cadr (assq 'eglot package-alist))))
                                         (if desc (package-version-join (package-desc-version desc)) "?")))
                             (markdown_mode . ,(if sourced-markdown-mode-package t :json-false))
                             ,@sourced-result
                             (checks . ,(vconcat (reverse sourced-checks)))))))
    (kill-emacs (if (and sourced-checks (zerop failed)) 0 1))))

(defun sourced-wait (pred secs)
  "Run the event loop until PRED is non-nil or SECS have passed.
Return PRED's last value."
  (let ((deadline (+ (float-time) secs)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun sourced-code (diag)
  (plist-get (alist-get 'eglot-lsp-diag (eglot--diag-data diag)) :code))

(defun sourced-lsp-diag (diag)
  (alist-get 'eglot-lsp-diag (eglot--diag-data diag)))

(defun sourced-codes ()
  (mapcar #'sourced-code (flymake-diagnostics)))

(defun sourced-goto (needle &optional delta)
  "Move point to NEEDLE's first character, plus DELTA.
Signal an error when NEEDLE is not in the buffer."
  (goto-char (point-min))
  (unless (search-forward needle nil t) (error "%S is not in the buffer" needle))
  (goto-char (+ (match-beginning 0) (or delta 0))))

(defun sourced-unescape (text)
  "TEXT as a reader sees raw Markdown.
Backslash escapes are dropped and white space is collapsed."
  (string-trim (replace-regexp-in-string "[ \t\n\u00a0]+" " " (replace-regexp-in-string "\\\\\\([[:punct:]]\\)" "\\1" text))))

(defun sourced-hover ()
  "The hover at point as eldoc would show it, or \"\".
It goes through eglot's own eldoc function."
  (let (shown)
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq shown (or info ""))))
    (or (sourced-wait (lambda () shown) 10) "")))

(defun sourced-first-sentence (message)
  (if (string-match "\\`\\(.*?[.?!]\\)\\( \\|\\'\\)" message) (match-string 1 message) message))

(defun sourced-keys-oracle ()
  (let ((file (getenv "SOURCED_EMACS_KEYS")))
    (when (and file (file-readable-p file))
      (with-temp-buffer (insert-file-contents file) (split-string (buffer-string) "\n" t)))))

;; A claim with a figure that no source in the sample corpus is about.
(defvar sourced-typed-claim "The council's fleet of electric buses grew by 42% between 2020 and 2022.")

(defun sourced-claim-diag (needle)
  "The unsupported-claim diagnostic over NEEDLE's sentence, or nil."
  (save-excursion
    (sourced-goto needle 12)
    (let ((at (point)))
      (cl-find-if (lambda (d) (and (equal (sourced-code d) "unsupported-claim")
                                   (<= (flymake-diagnostic-beg d) at (flymake-diagnostic-end d))))
                  (flymake-diagnostics)))))

(defun sourced-hover-claim (name needle need-evidence)
  "Check NAME: the hover inside NEEDLE's sentence shows its finding.
That is the first sentence of the diagnostic's message and, when the
finding has evidence (which NEED-EVIDENCE requires), the start of the
first evidence passage."
  (let* ((d (sourced-claim-diag needle))
         (lsp (and d (sourced-lsp-diag d)))
         (finding (and lsp (sourced-first-sentence (plist-get lsp :message))))
         (evidence (and lsp (append (plist-get (plist-get lsp :data) :evidence) nil)))
         (passage (and evidence (or (plist-get (car evidence) :text) (plist-get (plist-get (car evidence) :passage) :text))))
         (start (and passage (sourced-unescape (substring passage 0 (min 60 (length passage))))))
         (card (progn (sourced-goto needle 12) (sourced-unescape (sourced-hover)))))
    (push (cons (intern (format "hover_%d" (length sourced-result))) card) sourced-result)
    (sourced-check name
                   (and finding (string-search (sourced-unescape finding) card)
                        (if evidence (and start (string-search start card)) (not need-evidence)))
                   (format "finding: %s | evidence: %s | hover: %s" (or finding "(no unsupported-claim diagnostic)")
                           (or start "(none)") (if (string-empty-p card) "(nothing)" card)))))

(defmacro sourced-step (name &rest body)
  "Run BODY; an error in it fails check NAME instead of ending the run."
  (declare (indent 1))
  `(condition-case err (progn ,@body) (error (sourced-check ,name nil (format "error: %S" err)))))

(let ((file (car command-line-args-left)))
  (setq command-line-args-left nil)
  (find-file file)
  (markdown-mode)
  ;; eglot-ensure waits for post-command-hook, which never runs in --batch.
  (condition-case err
      (apply #'eglot (eglot--guess-contact))
    (error (push `(connect_error . ,(format "%S" err)) sourced-result)))
  (let ((server (sourced-wait (lambda () (eglot-current-server)) 20)))
    (sourced-check "eglot connects to node dist/server.js --stdio" server
                   (and server (format "%s, capabilities: %S" (jsonrpc-name server)
                                       (cl-loop for (k _v) on (eglot--capabilities server) by #'cddr collect k))))
    (unless server (sourced-finish))
    (let ((pid-file (getenv "SOURCED_EMACS_SERVER_PID")))
      (when pid-file (with-temp-file pid-file (insert (format "%d" (process-id (jsonrpc--process server)))))))

    ;; 1. Diagnostics, through Flymake as a user sees them.
    (let ((expected '("unsupported-claim" "citation-does-not-support" "unknown-source" "misquote" "quote-not-found")))
      (flymake-start nil t)
      (sourced-wait (lambda () (cl-every (lambda (c) (member c (sourced-codes))) expected)) 30)
      (push `(diagnostics . ,(vconcat (mapcar (lambda (d) `((line . ,(line-number-at-pos (flymake-diagnostic-beg d)))
                                                             (code . ,(sourced-code d)) (type . ,(flymake-diagnostic-type d))
                                                             (text . ,(flymake-diagnostic-text d))))
                                              (flymake-diagnostics))))
            sourced-result)
      (sourced-check "diagnostics: every finding code reaches Flymake"
                     (cl-every (lambda (c) (member c (sourced-codes))) expected) (sourced-codes)))
    (sourced-step "diagnostics: unknown-source underlines exactly the misspelt key"
      (let ((d (cl-find "unknown-source" (flymake-diagnostics) :key #'sourced-code :test #'equal)))
        (let ((text (and d (buffer-substring-no-properties (flymake-diagnostic-beg d) (flymake-diagnostic-end d)))))
          (sourced-check "diagnostics: unknown-source underlines exactly the misspelt key"
                         (and text (string-match-p "\\`@?tact-inovation\\'" text)) text))))

    ;; 2. Hover on a citation: the source card.
    (sourced-step "hover on a citation: the source card"
      (sourced-goto "[@ccn-future-of-childrens-social-care]" 3)
      (let ((card (sourced-unescape (sourced-hover))))
        (push `(citation_hover . ,card) sourced-result)
        (sourced-check "hover on a citation: the source card"
                       (and (string-match-p "The Future of Children" card) (string-match-p "County Councils Network" card)) card)))

    ;; 3. Hover on flagged claims: the finding (its message's first sentence) and its evidence.
    ;;    One from the briefing, which has evidence, and one typed here that nothing in the corpus supports.
    (sourced-step "hover on a flagged claim: the finding and its evidence"
      (sourced-hover-claim "hover on a flagged claim: the finding and its evidence" "There is a severe shortage" t))
    (sourced-step "hover on a claim typed in Emacs that nothing supports: the finding"
      (goto-char (point-max))
      (insert "\n" sourced-typed-claim "\n")
      (eglot--signal-textDocument/didChange)
      (sourced-wait (lambda () (sourced-claim-diag sourced-typed-claim)) 20)
      (unwind-protect
          (sourced-hover-claim "hover on a claim typed in Emacs that nothing supports: the finding" sourced-typed-claim nil)
        (goto-char (point-max))
        (delete-region (- (point-max) (length sourced-typed-claim) 2) (point-max))
        (eglot--signal-textDocument/didChange)))

    ;; 4. Citation-key completion after [@, through completion-at-point.
    (sourced-step "completion after [@: the corpus's citation keys"
      (sourced-goto "We recommend that the council reviews its commissioning strategy with local partners.")
      (end-of-line)
      (insert " [@")
      (eglot--signal-textDocument/didChange)
      (let* ((capf (eglot-completion-at-point))
             (offered (and capf (all-completions "" (nth 2 capf))))
             (oracle (sourced-keys-oracle))
             (missing (cl-set-difference oracle offered :test #'equal)))
        (push `(completion . ,(vconcat offered)) sourced-result)
        (sourced-check "completion after [@: the corpus's citation keys"
                       (and oracle offered (null missing) (null (cl-set-difference offered oracle :test #'equal)))
                       (format "offered %d: %s; expected %d; missing: %s" (length offered) (string-join offered ", ") (length oracle) missing))))
    (sourced-step "completion-at-point completes [@tact-in to [@tact-innovation"
      (insert "tact-in")
      (eglot--signal-textDocument/didChange)
      (let ((completion-at-point-functions '(eglot-completion-at-point)))
        (completion-at-point))
      (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
        (sourced-check "completion-at-point completes [@tact-in to [@tact-innovation"
                       (string-suffix-p "partners. [@tact-innovation" line) line))
      ;; Leave the draft as it was for the quick fix and its re-check.
      (delete-region (- (line-end-position) (length " [@tact-innovation")) (line-end-position))
      (eglot--signal-textDocument/didChange))

    ;; 5. A quick fix through eglot's code-action path: the misspelt key.
    (sourced-step "quick fix: Change to @tact-innovation fixes the misspelt key"
      (sourced-goto "[@tact-inovation]" 4)
      (let* ((server (eglot-current-server))
             (actions (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix"))
             (titles (mapcar (lambda (a) (plist-get a :title)) actions))
             (fix (cl-find "Change to @tact-innovation" actions :key (lambda (a) (plist-get a :title)) :test #'equal)))
        (push `(quick_fixes . ,(vconcat titles)) sourced-result)
        (when fix (eglot--read-execute-code-action (list fix) server "quickfix"))
        (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
          (sourced-check "quick fix: Change to @tact-innovation fixes the misspelt key"
                         (and fix (string-suffix-p "for years [@tact-innovation]." line)
                              (not (save-excursion (goto-char (point-min)) (search-forward "tact-inovation" nil t))))
                         (format "offered: %s; line now: %s" (string-join titles " | ") line)))))
    (sourced-step "after the fix the re-check drops the unknown-source finding"
      (eglot--signal-textDocument/didChange)
      (let ((gone (sourced-wait (lambda () (and (not (member "unknown-source" (sourced-codes)))
                                                 (member "misquote" (sourced-codes))))
                                20)))
        (sourced-check "after the fix the re-check drops the unknown-source finding" gone (sourced-codes))))

    (let ((proc (jsonrpc--process server)))
      (ignore-errors (eglot-shutdown server nil 5))
      (push `(server_exited . ,(if (sourced-wait (lambda () (not (process-live-p proc))) 5) t :json-false)) sourced-result))
    (sourced-finish)))
