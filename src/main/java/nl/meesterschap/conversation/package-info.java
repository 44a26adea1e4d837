/**
 * Collegial feedback: responses and replies on stories (and later signals and sessions), reactions, "what would
 * you do?" dilemma rounds, mentions, flags and moderation. Subjects belong to other modules and describe
 * themselves through {@link nl.meesterschap.conversation.ConversationSubjects}.
 */
@org.jspecify.annotations.NullMarked
package nl.meesterschap.conversation;
