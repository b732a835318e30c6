-- Newsroom (issue 13): feeds and their items, follows and the quotes they know, feedback, the question log.
CREATE TABLE `feed_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`feed_id` integer NOT NULL,
	`url` text NOT NULL,
	`content_hash` text NOT NULL,
	`article_slug` text,
	`seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_items_url_idx` ON `feed_items` (`feed_id`,`url`);--> statement-breakpoint
CREATE INDEX `feed_items_hash_idx` ON `feed_items` (`content_hash`);--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question` text NOT NULL,
	`sentence_ids` text NOT NULL,
	`vote` integer NOT NULL,
	`vote_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_vote_key_unique` ON `feedback` (`vote_key`);--> statement-breakpoint
CREATE INDEX `feedback_created_idx` ON `feedback` (`created_at`);--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`etag` text,
	`last_modified` text,
	`last_polled_at` text,
	`last_success_at` text,
	`last_error` text,
	`failures` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_url_unique` ON `feeds` (`url`);--> statement-breakpoint
CREATE TABLE `follow_quotes` (
	`follow_id` integer NOT NULL,
	`text_hash` text NOT NULL,
	`kind` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`follow_id`) REFERENCES `follows`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_quotes_idx` ON `follow_quotes` (`follow_id`,`text_hash`);--> statement-breakpoint
CREATE INDEX `follow_quotes_sent_idx` ON `follow_quotes` (`sent_at`);--> statement-breakpoint
CREATE TABLE `follows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`question` text NOT NULL,
	`language` text NOT NULL,
	`last_article_id` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follows_chat_question_idx` ON `follows` (`chat_id`,`question`);--> statement-breakpoint
CREATE TABLE `question_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question` text NOT NULL,
	`language` text NOT NULL,
	`outcome` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `question_log_created_idx` ON `question_log` (`created_at`);